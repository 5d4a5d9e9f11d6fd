package dev.anaplanshell.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The pages of a read request as one stream: page 0 whole, then every later page without its header line. Each
 * page is requested only when the one before it is used up, so memory stays flat whatever the size.
 */
final class PagedCsv extends BlockInputStream {

    private final Transport transport;
    private final String path;
    private final int pages;
    private final Runnable onClose;
    private InputStream current;
    private int next;
    private boolean closed;

    PagedCsv(Transport transport, String path, int pages, Runnable onClose) {
        this.transport = transport;
        this.path = path;
        this.pages = pages;
        this.onClose = onClose;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        while (true) {
            if (closed) {
                return -1;
            }
            if (current == null && !openNext()) {
                return -1;
            }
            int n = current.read(buffer, offset, length);
            if (n >= 0) {
                return n;
            }
            current.close();
            current = null;
        }
    }

    private boolean openNext() throws IOException {
        if (next >= pages) {
            return false;
        }
        InputStream page = transport.open("GET", path + "/pages/" + next, Map.of(), "text/csv", null);
        if (next > 0) {
            skipLine(page);
        }
        next++;
        current = page;
        return true;
    }

    /** Skips the header line (up to and including its line break; a quoted header with line breaks is not expected). */
    private static void skipLine(InputStream in) throws IOException {
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (current != null) {
                current.close();
            }
        } finally {
            onClose.run();
        }
    }
}
