package dev.anaplanshell.sandbox.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

import com.sun.net.httpserver.HttpExchange;

/**
 * A small body goes out whole with its {@code Content-Length}; a large one (line items of a big model) is sent
 * chunked while it is being written, as a real server streams it, instead of after it is complete.
 */
final class SpillingBody extends OutputStream {
    private static final int WHOLE = 1 << 16;

    private final HttpExchange exchange;
    private final int status;
    private byte[] buffer = new byte[8192];
    private int size;
    private OutputStream chunked;

    SpillingBody(HttpExchange exchange, int status) {
        this.exchange = exchange;
        this.status = status;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (chunked == null && size + len > WHOLE) {
            exchange.sendResponseHeaders(status, 0);
            chunked = new BufferedOutputStream(exchange.getResponseBody(), WHOLE);
            chunked.write(buffer, 0, size);
            buffer = null;
        }
        if (chunked != null) {
            chunked.write(b, off, len);
            return;
        }
        if (size + len > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + len));
        }
        System.arraycopy(b, off, buffer, size, len);
        size += len;
    }

    @Override
    public void close() throws IOException {
        if (chunked == null) {
            exchange.sendResponseHeaders(status, size);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(buffer, 0, size);
            }
        } else {
            chunked.close();
        }
    }
}
