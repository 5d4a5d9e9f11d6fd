package dev.anaplanshell.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;

/**
 * CSV records encoded straight to UTF-8 bytes, byte for byte as Commons CSV's {@code RFC4180} format writes them
 * through a UTF-8 writer (CsvCellsTest holds the two equal). Cells of plain ASCII, the bulk of an export, are copied
 * and quoted here in one pass; any other cell is left to Commons CSV and Java's encoder, so their rules stay theirs.
 * <p>
 * Commons CSV's minimal quoting, which this follows, except that an empty cell is always written as nothing (Commons
 * CSV quotes it at the start of a record), unless it is the record's only cell, which would be a blank line; any other
 * cell is quoted when it starts with a character up to {@code #}, holds a comma, quote, CR or LF, or ends with a
 * character up to a space; a quoted cell has each quote doubled.
 */
final class CsvBytes {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream out;
    private byte[] buffer = new byte[FLUSH_AT * 2];
    private int length;
    private final StringBuilder slow = new StringBuilder();
    private final boolean guard;

    CsvBytes(OutputStream out) {
        this(out, false);
    }

    /** With {@code guard}, cells a spreadsheet would run as formulas are written as text ({@link CsvGuard}). */
    CsvBytes(OutputStream out, boolean guard) {
        this.out = out;
        this.guard = guard;
    }

    /** Writes the text as it is (a byte order mark, say). */
    void raw(String text) throws IOException {
        append(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one record and its CRLF. */
    void record(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                room(1);
                buffer[length++] = ',';
            }
            cell(cells[i], cells.length == 1);
        }
        room(2);
        buffer[length++] = '\r';
        buffer[length++] = '\n';
        if (length >= FLUSH_AT) {
            out.write(buffer, 0, length);
            length = 0;
        }
    }

    /** Writes what is held; the stream itself is the caller's to flush and close. */
    void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }

    private void cell(String text, boolean alone) throws IOException {
        String cell = guard ? CsvGuard.guard(text) : text;
        int n = cell.length();
        if (n == 0) {
            if (alone) {
                room(2);
                buffer[length++] = '"';
                buffer[length++] = '"';
            }
            return;
        }
        room(2 * n + 2);
        byte[] b = buffer;
        int p = length;
        boolean quote = cell.charAt(0) <= '#' || cell.charAt(n - 1) <= ' ';
        if (!quote) {
            for (int i = 0; i < n; i++) {
                char c = cell.charAt(i);
                if (c >= 0x80) {
                    encoded(cell);
                    return;
                }
                if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                    quote = true;
                    break;
                }
                b[p++] = (byte) c;
            }
            if (!quote) {
                length = p;
                return;
            }
            p = length;
        }
        b[p++] = '"';
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            if (c >= 0x80) {
                encoded(cell);
                return;
            }
            b[p++] = (byte) c;
            if (c == '"') {
                b[p++] = '"';
            }
        }
        b[p++] = '"';
        length = p;
    }

    /** A cell that is not plain ASCII: Commons CSV quotes it, Java encodes it. */
    private void encoded(String cell) throws IOException {
        slow.setLength(0);
        FORMAT.print(cell, slow, true); // true: the comma before the cell is written already
        append(slow.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void append(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void room(int more) {
        if (length + more > buffer.length) {
            byte[] bigger = new byte[Math.max(buffer.length * 2, length + more)];
            System.arraycopy(buffer, 0, bigger, 0, length);
            buffer = bigger;
        }
    }
}
