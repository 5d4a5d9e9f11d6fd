package dev.anaplanshell.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import dev.anaplanshell.client.Sleeper;

/**
 * A clock tests move forward instead of sleeping; starts at the real time so certificates are valid. As a
 * {@link Sleeper} it moves itself forward by the time asked for and returns at once, so code that waits on it (and a
 * sandbox on the same clock) sees the time pass without the test waiting for it. Given to a {@link ShellHarness} or
 * {@link SandboxShell}, it is the shell's {@code Clock} and {@code Sleeper} both.
 */
public final class TestClock extends Clock implements Sleeper {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    /** Moves the clock on by {@code duration}; as a real sleep, throws when the thread is interrupted. */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        advance(duration);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
