package dev.anaplanshell.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bodies that are the same every time they are asked for (a model's line items: the sandbox never changes them),
 * kept as sent for the next identical request. The first request streams as it is made, as before, while a copy is
 * taken; later ones are written from the copy, with a {@code Content-Length}. Writing the line items of a
 * 100,000-item model costs ~0.4 s of CPU that the client on the same machine would otherwise share, and
 * compressing them ~1 s more: a body is kept in each encoding it was asked for (plain, gzip).
 * <p>
 * Copies are held softly (the collector drops them before memory runs out) and only up to {@link #MAX_BYTES} each.
 */
public final class BodyCache {

    static final int MAX_BYTES = 256 * 1024 * 1024;

    private final Map<String, SoftReference<byte[]>> bodies = new ConcurrentHashMap<>();

    /**
     * The body for {@code key}: from the copy when there is one, else written by {@code writer} and copied; the
     * same for its gzip encoding, which the router sends when the request accepts it.
     */
    public SbResponse serve(String key, String contentType, SbResponse.BodyWriter writer) {
        SbResponse.Encoded plain = encoded(key, writer);
        SbResponse.Encoded gzip = encoded(key + "\ngzip", writer.gzipped());
        return new SbResponse(200, null, Map.of(),
                new SbResponse.Streamed(contentType, plain.length(), plain.writer(), gzip));
    }

    private SbResponse.Encoded encoded(String key, SbResponse.BodyWriter writer) {
        SoftReference<byte[]> held = bodies.get(key);
        byte[] body = held == null ? null : held.get();
        if (body != null) {
            return new SbResponse.Encoded(body.length, out -> out.write(body));
        }
        return new SbResponse.Encoded(-1, out -> {
            Copy copy = new Copy(out);
            writer.write(copy);
            copy.flush();
            if (copy.complete()) {
                bodies.put(key, new SoftReference<>(copy.bytes()));
            }
        });
    }

    /** Passes every byte on and keeps them too, until there are more than {@link #MAX_BYTES}. */
    private static final class Copy extends OutputStream {
        private final OutputStream out;
        private ByteArrayOutputStream kept = new ByteArrayOutputStream(1 << 16);

        Copy(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        private void keep(byte[] b, int off, int len) {
            if (kept != null) {
                if (kept.size() + (long) len > MAX_BYTES) {
                    kept = null;
                } else {
                    kept.write(b, off, len);
                }
            }
        }

        boolean complete() {
            return kept != null;
        }

        byte[] bytes() {
            return kept.toByteArray();
        }
    }
}
