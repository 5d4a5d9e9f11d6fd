package dev.anaplanshell.sandbox.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A model file: an import data source ({@code 113…}) that clients upload to, or an export's output ({@code 116…}).
 * Uploads collect chunks until the declared count is reached or {@code /complete} is called. Callers synchronise on
 * the owning {@link ModelBulk}.
 */
public final class BulkFile {

    private final String id;
    private final String name;
    private final boolean source;
    private final FileContent defaultContent;
    private final TreeMap<Integer, byte[]> uploading = new TreeMap<>();
    /** The chunk count of the upload under way (-1: unknown until {@code /complete}), null when none is. */
    private Integer declared;
    private FileContent content;

    BulkFile(String id, String name, boolean source, FileContent defaultContent) {
        this.id = id;
        this.name = name;
        this.source = source;
        this.defaultContent = defaultContent;
        this.content = defaultContent;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** An import data source (with the text-format fields) rather than an export's output. */
    public boolean source() {
        return source;
    }

    /** The declared count while an upload is under way (the chunks so far when unknown), else the content's. */
    public int chunkCount() {
        if (declared != null) {
            return declared > 0 ? declared : uploading.size();
        }
        return content == null ? 0 : content.chunkCount();
    }

    /** While an upload is under way, only what it has sent so far: never the old bytes. */
    public FileContent content() {
        return declared != null ? BytesContent.ofChunks(new ArrayList<>(uploading.values())) : content;
    }

    /**
     * {@code POST …/files/{id}} with {@code chunkCount}: a new upload of that many chunks starts and the old content
     * is gone (-1: count unknown, complete later; 0: the file is empty now).
     */
    void declare(int chunks) {
        uploading.clear();
        declared = chunks;
        if (chunks == 0) {
            declared = null;
            content = BytesContent.ofChunks(List.of());
        }
    }

    /**
     * One chunk. A declared upload becomes the content when chunks 0 to count-1 are in; chunks sent without a
     * declaration (chunk 0 starts them over) are the content as they come.
     */
    void putChunk(int index, byte[] bytes) {
        if (declared == null && index == 0) {
            uploading.clear();
        }
        uploading.put(index, bytes);
        if (declared == null) {
            content = BytesContent.ofChunks(new ArrayList<>(uploading.values()));
        } else if (declared > 0 && uploading.size() >= declared && uploading.firstKey() == 0
                && uploading.lastKey() == declared - 1) {
            complete();
        }
    }

    /** {@code PUT …/files/{id}}: the whole file in one go. */
    void putWhole(byte[] bytes) {
        uploading.clear();
        declared = null;
        content = BytesContent.ofChunks(List.of(bytes));
    }

    /** Makes what the upload under way sent the content; with none under way (already complete) it changes nothing. */
    void complete() {
        if (declared == null) {
            return;
        }
        content = BytesContent.ofChunks(new ArrayList<>(uploading.values()));
        uploading.clear();
        declared = null;
    }

    void setContent(FileContent newContent) {
        content = newContent;
    }

    /** {@code DELETE}: the private upload goes, the model's default content is back. */
    void reset() {
        uploading.clear();
        declared = null;
        content = defaultContent;
    }

    byte[] bytes() {
        if (content instanceof BytesContent b) {
            return b.bytes();
        }
        return null;
    }
}
