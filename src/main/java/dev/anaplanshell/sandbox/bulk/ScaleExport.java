package dev.anaplanshell.sandbox.bulk;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content of "Scale Export.csv": a header and fixed-width rows derived from the row number alone, so any byte
 * range can be generated on demand and a chunk is streamed without the file ever being held in memory. The same
 * size always gives the same bytes ({@link #sha256()}).
 */
public final class ScaleExport implements FileContent {

    public static final String NAME = "Scale Export.csv";
    static final String[] HEADERS = {"Products", "Region", "Time", "Units", "Revenue"};
    static final String[] DATA_TYPES = {"ENTITY", "ENTITY", "TIME_ENTITY", "NUMBER", "NUMBER"};
    private static final byte[] HEADER = (String.join(",", HEADERS) + "\n").getBytes(StandardCharsets.US_ASCII);
    /** {@code SKU-0000001,R07,2025-03,000012345,0000123456.78\n}. */
    static final int ROW = 48;
    private static final long MB = 1024L * 1024;

    private final long rows;

    public ScaleExport(int megabytes) {
        this.rows = Math.max(1, (megabytes * MB - HEADER.length) / ROW);
    }

    public long rowCount() {
        return rows;
    }

    @Override
    public long size() {
        return HEADER.length + rows * ROW;
    }

    @Override
    public int chunkCount() {
        return (int) ((size() + CHUNK_SIZE - 1) / CHUNK_SIZE);
    }

    @Override
    public long chunkLength(int chunk) {
        long from = (long) chunk * CHUNK_SIZE;
        return Math.min(CHUNK_SIZE, size() - from);
    }

    @Override
    public void writeChunk(int chunk, OutputStream out) throws IOException {
        long from = (long) chunk * CHUNK_SIZE;
        writeRange(from, from + chunkLength(chunk), out);
    }

    /** SHA-256 of the whole content, hex, computed by generating it once more. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            writeRange(0, size(), new BufferedOutputStream(
                    new DigestOutputStream(OutputStream.nullOutputStream(), digest), 1 << 16));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRange(long from, long to, OutputStream out) throws IOException {
        long pos = from;
        if (pos < HEADER.length) {
            int end = (int) Math.min(HEADER.length, to);
            out.write(HEADER, (int) pos, end - (int) pos);
            pos = end;
        }
        byte[] row = new byte[ROW];
        while (pos < to) {
            long index = (pos - HEADER.length) / ROW;
            int offset = (int) ((pos - HEADER.length) % ROW);
            fill(index, row);
            int length = (int) Math.min(ROW - offset, to - pos);
            out.write(row, offset, length);
            pos += length;
        }
        out.flush();
    }

    /** Row {@code index}: values from a SplitMix64 hash of the index. */
    static void fill(long index, byte[] row) {
        long h = mix(index);
        int i = 0;
        i = text(row, i, "SKU-");
        i = digits(row, i, index % 10_000_000, 7);
        row[i++] = ',';
        row[i++] = 'R';
        i = digits(row, i, Math.floorMod(h, 50), 2);
        row[i++] = ',';
        i = text(row, i, "2025-");
        i = digits(row, i, 1 + index % 12, 2);
        row[i++] = ',';
        i = digits(row, i, Math.floorMod(h >>> 8, 1_000_000_000L), 9);
        row[i++] = ',';
        i = digits(row, i, Math.floorMod(h >>> 20, 10_000_000_000L), 10);
        row[i++] = '.';
        i = digits(row, i, Math.floorMod(h, 100), 2);
        row[i] = '\n';
    }

    private static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int text(byte[] row, int at, String s) {
        for (int k = 0; k < s.length(); k++) {
            row[at + k] = (byte) s.charAt(k);
        }
        return at + s.length();
    }

    private static int digits(byte[] row, int at, long value, int width) {
        long v = value;
        for (int k = width - 1; k >= 0; k--) {
            row[at + k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return at + width;
    }
}
