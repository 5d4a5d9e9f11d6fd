package dev.anaplanshell.bulk;

import java.io.IOException;
import java.io.OutputStream;

/** A chunk's bytes: one array, sized from the chunk's Content-Length, kept for the next chunk. */
final class ChunkBuffer extends OutputStream {
    private byte[] bytes = new byte[0];
    private int size;

    /** Empties the buffer for a chunk of {@code length} bytes (-1: unknown) and returns it. */
    ChunkBuffer reset(long length) {
        size = 0;
        if (length > bytes.length && length < Integer.MAX_VALUE - 16) {
            bytes = new byte[(int) length];
        }
        return this;
    }

    int size() {
        return size;
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(size + more, Math.max(1 << 16, bytes.length * 2)));
        }
    }
}
