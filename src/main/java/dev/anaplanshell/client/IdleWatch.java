package dev.anaplanshell.client;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Looks at every open {@link BoundedBody} a few times per read timeout and closes the ones whose read has waited
 * too long: the JDK client's own timeout ends when the answer's headers arrive, and a read blocked on its body
 * returns only when the body is closed. One daemon thread, started with the first body, stopped at close.
 */
final class IdleWatch implements AutoCloseable {

    private final Set<BoundedBody> open = ConcurrentHashMap.newKeySet();
    private final long periodMillis;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> task;

    IdleWatch(Duration timeout) {
        this.periodMillis = Math.max(10, Math.min(1000, timeout.toMillis() / 5));
    }

    void add(BoundedBody body) {
        open.add(body);
        start();
    }

    void remove(BoundedBody body) {
        open.remove(body);
    }

    private synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "anaplan-idle-watch");
                t.setDaemon(true);
                return t;
            });
            task = timer.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                open.forEach(body -> body.check(now));
            }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            task.cancel(false);
            timer.shutdownNow();
        }
    }
}
