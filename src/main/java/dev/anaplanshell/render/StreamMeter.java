package dev.anaplanshell.render;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Rows so far, bytes and rate of a long stream ({@code lineitems export}, {@code lists items}, {@code views export})
 * on one line of standard error, rewritten in place at most once a second from the first second on, and erased
 * when the stream ends. Only when standard error is a terminal: never in a pipe, a file or a CI log, nor with
 * {@code --quiet}.
 */
public final class StreamMeter implements AutoCloseable {

    private static final long EVERY = TimeUnit.SECONDS.toNanos(1);

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long start;
    private long next;
    private long rows;
    private long bytes;
    private int shown;

    StreamMeter(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.next = start + EVERY;
    }

    /**
     * A meter on the command's standard error when that is a terminal; otherwise, or with {@code --quiet}, one that
     * shows nothing.
     */
    static StreamMeter open(boolean quiet) {
        return open(quiet, ErrorStream.isTerminal(), System::nanoTime);
    }

    static StreamMeter open(boolean quiet, boolean stderrIsTerminal, LongSupplier clock) {
        return new StreamMeter(!quiet && stderrIsTerminal ? ErrorStream.current() : null, clock);
    }

    /** Counts {@code n} rows of {@code size} bytes (0 when unknown) and shows the totals when a second has passed. */
    void add(long n, long size) {
        rows += n;
        bytes += size;
        if (err == null) {
            return;
        }
        long now = clock.getAsLong();
        if (now >= next) {
            next = now + EVERY;
            String text = line(rows, bytes, now - start);
            err.print("\r" + text + " ".repeat(Math.max(0, shown - text.length())));
            err.flush();
            shown = text.length();
        }
    }

    /** {@code 12,345 rows, 3.2 MB, 4,100 rows/s}; bytes left out when not known. */
    static String line(long rows, long bytes, long nanos) {
        double seconds = Math.max(nanos, 1) / 1e9;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d rows", rows));
        if (bytes > 0) {
            b.append(", ").append(size(bytes));
        }
        return b.append(String.format(Locale.ROOT, ", %,d rows/s", Math.round(rows / seconds))).toString();
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    @Override
    public void close() {
        if (err != null && shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
        }
    }
}
