package dev.anaplanshell.sandbox.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.function.LongSupplier;

/**
 * The simulated network between the sandbox and its clients ({@code --sandbox-bandwidth}): one link that every
 * connection shares, as a user's line to Anaplan is shared, sending at most {@code mbit} megabits a second. A write
 * waits until the link would have sent it. Headers are not counted; bodies are, as they go out (after compression).
 */
public final class Link {

    /** Waits that long; the sandbox's simulated network, not a test waiting for something. */
    @FunctionalInterface
    public interface Waiter {
        void waitNanos(long nanos) throws InterruptedException;
    }

    private static final int SLICE = 16 * 1024;

    private final double nanosPerByte;
    private final LongSupplier nanoTime;
    private final Waiter waiter;
    /** When the link has sent every byte handed to it so far. */
    private long freeAt;

    public Link(double mbit, LongSupplier nanoTime, Waiter waiter) {
        if (!(mbit > 0)) {
            throw new IllegalArgumentException("the sandbox's bandwidth must be above 0 Mbit/s");
        }
        this.nanosPerByte = 8_000.0 / mbit; // 1 Mbit/s = 125,000 bytes/s = 1 byte every 8,000 ns
        this.nanoTime = nanoTime;
        this.waiter = waiter;
        this.freeAt = nanoTime.getAsLong();
    }

    /** A link on the system clock. */
    public static Link of(double mbit) {
        return new Link(mbit, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    /** {@code out}, its bytes sent over this link. */
    public OutputStream throttle(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                send(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    int n = Math.min(len, SLICE);
                    send(n);
                    out.write(b, off, n);
                    off += n;
                    len -= n;
                }
            }
        };
    }

    /** Waits until the link has room for {@code bytes} more. */
    void send(int bytes) throws InterruptedIOException {
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            freeAt = Math.max(now, freeAt) + (long) (bytes * nanosPerByte);
            wait = freeAt - now;
        }
        if (wait > 0) {
            try {
                waiter.waitNanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("the sandbox was stopped while sending");
            }
        }
    }
}
