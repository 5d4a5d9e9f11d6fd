package dev.anaplanshell.client;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket below Anaplan's own (600 requests a minute per tenant, 600 at most in the bucket): it refills at
 * {@code requestsPerMinute} and holds a tenth of a minute's worth, so one shell, however parallel, never empties
 * Anaplan's bucket and leaves room for the tenant's other clients.
 */
final class RateLimiter {

    private final double perNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private double tokens;
    private long last;

    /** @param requestsPerMinute 0 for no limit */
    RateLimiter(int requestsPerMinute, LongSupplier nanoTime, Sleeper sleeper) {
        this.perNano = requestsPerMinute / 60e9;
        this.capacity = Math.max(1, requestsPerMinute / 10.0);
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.tokens = capacity;
        this.last = nanoTime.getAsLong();
    }

    /** Takes one token, first waiting for it when the bucket is empty. */
    void acquire() throws InterruptedException {
        if (perNano == 0) {
            return;
        }
        Duration wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            tokens -= 1; // reserved now, so concurrent callers queue up behind each other
            wait = tokens >= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(-tokens / perNano));
        }
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }
}
