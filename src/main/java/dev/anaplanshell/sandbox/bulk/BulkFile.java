package dev.anaplanshell.sandbox.bulk;

import java.util.ArrayList;
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
    private int declaredChunks;
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

    public int chunkCount() {
        if (!uploading.isEmpty() || declaredChunks != 0) {
            return declaredChunks > 0 ? declaredChunks : uploading.size();
        }
        return content == null ? 0 : content.chunkCount();
    }

    public FileContent content() {
        return content;
    }

    /** {@code POST …/files/{id}} with {@code chunkCount}: a new upload starts (-1: count unknown, complete later). */
    void declare(int chunks) {
        declaredChunks = chunks;
        uploading.clear();
    }

    void putChunk(int index, byte[] bytes) {
        uploading.put(index, bytes);
        if (declaredChunks > 0 && uploading.size() >= declaredChunks
                && uploading.firstKey() == 0 && uploading.lastKey() == declaredChunks - 1) {
            complete();
        }
    }

    /** {@code PUT …/files/{id}}: the whole file in one go. */
    void putWhole(byte[] bytes) {
        uploading.clear();
        declaredChunks = 0;
        content = BytesContent.ofChunks(java.util.List.of(bytes));
    }

    /** Makes what was uploaded the content; with nothing pending (already complete) it changes nothing. */
    void complete() {
        if (uploading.isEmpty()) {
            declaredChunks = 0;
            return;
        }
        content = BytesContent.ofChunks(new ArrayList<>(uploading.values()));
        uploading.clear();
        declaredChunks = 0;
    }

    void setContent(FileContent newContent) {
        content = newContent;
    }

    /** {@code DELETE}: the private upload goes, the model's default content is back. */
    void reset() {
        uploading.clear();
        declaredChunks = 0;
        content = defaultContent;
    }

    byte[] bytes() {
        if (content instanceof BytesContent b) {
            return b.bytes();
        }
        return null;
    }
}
