package dev.anaplanshell.client;

import java.io.OutputStream;
import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.Chunk;
import dev.anaplanshell.client.model.ModelFile;

/** Model files and their chunks (anaplan-api.md §7.3–7.4). 404 everywhere: no such model or file. */
public final class Files {

    private final Transport transport;

    Files(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET …/files}, all pages. */
    public Stream<ModelFile> list(ModelPath model) {
        return transport.pages(model.of("/files"), Map.of(), "files", ModelFile.class);
    }

    /** {@code GET …/files/{f}/chunks}: none when the file is empty. */
    public Stream<Chunk> chunks(ModelPath model, String fileId) {
        return transport.pages(model.of("/files/" + fileId + "/chunks"), Map.of(), "chunks", Chunk.class);
    }

    /** {@code GET …/files/{f}/chunks/{c}}, streamed into {@code target}; returns the bytes written. */
    public long downloadChunk(ModelPath model, String fileId, String chunkId, OutputStream target) {
        return transport.download(model.of("/files/" + fileId + "/chunks/" + chunkId), target);
    }

    /** As {@link #downloadChunk(ModelPath, String, String, OutputStream)}, the sink made for the chunk's length. */
    public long downloadChunk(ModelPath model, String fileId, String chunkId,
            java.util.function.LongFunction<OutputStream> sink) {
        return transport.download(model.of("/files/" + fileId + "/chunks/" + chunkId), sink);
    }

    /** {@code POST …/files/{f}} {@code {"chunkCount": n}}: starts an upload of {@code n} chunks (-1: unknown). */
    public ModelFile setChunkCount(ModelPath model, String fileId, int chunkCount) {
        return transport.convert(transport.post(model.of("/files/" + fileId), Map.of("chunkCount", chunkCount))
                .path("file"), ModelFile.class);
    }

    /** {@code PUT …/files/{f}/chunks/{c}} with {@code application/x-gzip}: one gzip-compressed chunk. */
    public void uploadGzipChunk(ModelPath model, String fileId, int chunk, byte[] gzipped) {
        transport.put(model.of("/files/" + fileId + "/chunks/" + chunk), gzipped, "application/x-gzip");
    }
}
