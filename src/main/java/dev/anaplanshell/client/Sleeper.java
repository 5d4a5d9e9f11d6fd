package dev.anaplanshell.client;

import java.time.Duration;

/** How the client waits between retries and for the rate limit; tests pass one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** Really waits. */
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
