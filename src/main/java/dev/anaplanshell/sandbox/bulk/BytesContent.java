package dev.anaplanshell.sandbox.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Content held in memory: uploaded chunks as they came, or a small export cut into 10 MB chunks. */
final class BytesContent implements FileContent {

    private final List<byte[]> chunks;

    private BytesContent(List<byte[]> chunks) {
        this.chunks = List.copyOf(chunks);
    }

    static BytesContent ofChunks(List<byte[]> chunks) {
        return new BytesContent(chunks);
    }

    static BytesContent of(byte[] bytes) {
        List<byte[]> chunks = new ArrayList<>();
        for (int from = 0; from < bytes.length; from += CHUNK_SIZE) {
            chunks.add(Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + CHUNK_SIZE)));
        }
        return new BytesContent(chunks);
    }

    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        chunks.forEach(all::writeBytes);
        return all.toByteArray();
    }

    @Override
    public long size() {
        return chunks.stream().mapToLong(c -> c.length).sum();
    }

    @Override
    public int chunkCount() {
        return chunks.size();
    }

    @Override
    public long chunkLength(int chunk) {
        return chunks.get(chunk).length;
    }

    @Override
    public void writeChunk(int chunk, OutputStream out) throws IOException {
        out.write(chunks.get(chunk));
    }
}
