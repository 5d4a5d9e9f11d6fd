package dev.anaplanshell.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import dev.anaplanshell.sandbox.http.Faults;

/**
 * How to run the sandbox.
 *
 * @param port TCP port on 127.0.0.1, 0 for any free port
 * @param tokenTtl lifetime of the tokens it issues (Anaplan: 35 minutes)
 * @param scaleLineItems line items of the generated scale model, 0 for none
 * @param clock the clock tokens expire by and error timestamps come from (tests move it forward)
 * @param faults injected errors, dropped connections and latency ({@code --sandbox-faults}), {@link Faults#NONE}
 */
public record SandboxOptions(int port, Duration tokenTtl, int scaleLineItems, Clock clock, Faults faults) {

    public SandboxOptions {
        Objects.requireNonNull(tokenTtl, "tokenTtl");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(faults, "faults");
    }

    public SandboxOptions(int port, Duration tokenTtl, int scaleLineItems, Clock clock) {
        this(port, tokenTtl, scaleLineItems, clock, Faults.NONE);
    }

    public SandboxOptions(int port, Duration tokenTtl, int scaleLineItems) {
        this(port, tokenTtl, scaleLineItems, Clock.systemUTC());
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(0, Duration.ofMinutes(35), 0);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, tokenTtl, scaleLineItems, clock, faults);
    }

    public SandboxOptions withTokenTtl(Duration ttl) {
        return new SandboxOptions(port, ttl, scaleLineItems, clock, faults);
    }

    public SandboxOptions withScaleLineItems(int n) {
        return new SandboxOptions(port, tokenTtl, n, clock, faults);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, newClock, faults);
    }

    public SandboxOptions withFaults(Faults f) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, clock, f);
    }
}
