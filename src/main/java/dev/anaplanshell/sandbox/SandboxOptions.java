package dev.anaplanshell.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run the sandbox.
 *
 * @param port TCP port on 127.0.0.1, 0 for any free port
 * @param tokenTtl lifetime of the tokens it issues (Anaplan: 35 minutes)
 * @param scaleLineItems line items of the generated scale model, 0 for none
 * @param clock the clock tokens expire by, error timestamps come from and bulk tasks run by (tests move it forward)
 * @param taskDuration how long a bulk task (import, export, process, action) takes from start to COMPLETE
 * @param exportMb size in MB of the generated "Scale Export.csv" export, 0 for none
 */
public record SandboxOptions(int port, Duration tokenTtl, int scaleLineItems, Clock clock, Duration taskDuration,
        int exportMb) {

    /** A bulk task's default run time: long enough to see progress, short enough not to wait for. */
    public static final Duration DEFAULT_TASK_DURATION = Duration.ofSeconds(3);

    public SandboxOptions {
        Objects.requireNonNull(tokenTtl, "tokenTtl");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(taskDuration, "taskDuration");
        if (taskDuration.isNegative() || exportMb < 0) {
            throw new IllegalArgumentException("taskDuration and exportMb must not be negative");
        }
    }

    public SandboxOptions(int port, Duration tokenTtl, int scaleLineItems, Clock clock) {
        this(port, tokenTtl, scaleLineItems, clock, DEFAULT_TASK_DURATION, 0);
    }

    public SandboxOptions(int port, Duration tokenTtl, int scaleLineItems) {
        this(port, tokenTtl, scaleLineItems, Clock.systemUTC());
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(0, Duration.ofMinutes(35), 0);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, tokenTtl, scaleLineItems, clock, taskDuration, exportMb);
    }

    public SandboxOptions withTokenTtl(Duration ttl) {
        return new SandboxOptions(port, ttl, scaleLineItems, clock, taskDuration, exportMb);
    }

    public SandboxOptions withScaleLineItems(int n) {
        return new SandboxOptions(port, tokenTtl, n, clock, taskDuration, exportMb);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, newClock, taskDuration, exportMb);
    }

    public SandboxOptions withTaskDuration(Duration d) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, clock, d, exportMb);
    }

    public SandboxOptions withExportMb(int mb) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, clock, taskDuration, mb);
    }
}
