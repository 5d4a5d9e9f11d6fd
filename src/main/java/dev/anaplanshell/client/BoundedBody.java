package dev.anaplanshell.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The body of an answer as the shell reads it: at most {@code limit} bytes (after any gzip inflation: Unirest
 * inflates before this sees the bytes), and never waiting longer than the read timeout for the next
 * {@value #PROGRESS} bytes ({@link IdleWatch}), so that a server holding the connection or sending a byte a second
 * fails the call in about the timeout. Only the time spent inside {@code read} counts: a slow consumer (a full disk
 * queue) is not the server's fault. The first bytes are kept for the {@code --debug} trace.
 */
final class BoundedBody extends BlockInputStream {

    /** The bytes that count as progress: fewer than this within a read timeout is a stalled body. */
    static final int PROGRESS = 1024;
    private static final int PREVIEW = 300;

    /** The body grew past its limit. */
    static final class TooLarge extends IOException {
        final long limit;

        TooLarge(long limit) {
            super("the answer is larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** Less than {@value #PROGRESS} bytes came within the read timeout. */
    static final class Stalled extends IOException {
        Stalled() {
            super("the answer stalled");
        }
    }

    private final InputStream in;
    private final long limit;
    private final long timeoutNanos;
    private final IdleWatch watch;
    private final byte[] preview = new byte[PREVIEW];
    private int previewLength;
    private long count;
    private long sinceProgress;
    /** Time spent inside reads since the last progress; read by the watch. */
    private volatile long waited;
    /** When the read in progress began ({@link System#nanoTime}), or 0 outside a read; read by the watch. */
    private volatile long readingSince;
    private volatile boolean stalled;
    private volatile boolean closed;

    BoundedBody(InputStream in, long limit, long timeoutNanos, IdleWatch watch) {
        this.in = in;
        this.limit = limit;
        this.timeoutNanos = timeoutNanos;
        this.watch = watch;
        watch.add(this);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long start = System.nanoTime();
        readingSince = start;
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (IOException e) {
            throw stalled ? new Stalled() : e;
        } finally {
            readingSince = 0;
        }
        if (stalled) {
            throw new Stalled();
        }
        if (n > 0) {
            if (previewLength < PREVIEW) {
                int kept = Math.min(n, PREVIEW - previewLength);
                System.arraycopy(buffer, offset, preview, previewLength, kept);
                previewLength += kept;
            }
            count += n;
            if (count > limit) {
                throw new TooLarge(limit);
            }
            sinceProgress += n;
            waited += System.nanoTime() - start;
            if (sinceProgress >= PROGRESS) {
                sinceProgress = 0;
                waited = 0;
            }
        } else if (n < 0) {
            watch.remove(this);
        } else {
            waited += System.nanoTime() - start;
        }
        return n;
    }

    /** Called by the watch: closes the body when the read in progress has waited too long. */
    void check(long now) {
        long since = readingSince;
        if (since != 0 && waited + (now - since) > timeoutNanos && !stalled) {
            stalled = true;
            closeQuietly();
        }
    }

    /** The bytes read so far. */
    long count() {
        return count;
    }

    /** The first bytes of the body, for the trace. */
    byte[] preview() {
        return Arrays.copyOf(preview, previewLength);
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            watch.remove(this);
            in.close();
        }
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException e) {
            // a stalled connection: the reader learns of it from its read
        }
    }
}
