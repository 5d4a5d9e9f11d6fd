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
 * @param clock the clock tokens expire by and error timestamps come from (tests move it forward)
 * @param volumeListItems items of the generated "Volume Model"'s list, 0 for none
 * @param volumeViewCells cells of the generated "Volume Model"'s view, 0 for none
 */
public record SandboxOptions(int port, Duration tokenTtl, int scaleLineItems, Clock clock, int volumeListItems,
        int volumeViewCells) {

    public SandboxOptions {
        Objects.requireNonNull(tokenTtl, "tokenTtl");
        Objects.requireNonNull(clock, "clock");
    }

    public SandboxOptions(int port, Duration tokenTtl, int scaleLineItems, Clock clock) {
        this(port, tokenTtl, scaleLineItems, clock, 0, 0);
    }

    public SandboxOptions(int port, Duration tokenTtl, int scaleLineItems) {
        this(port, tokenTtl, scaleLineItems, Clock.systemUTC());
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(0, Duration.ofMinutes(35), 0);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, tokenTtl, scaleLineItems, clock, volumeListItems, volumeViewCells);
    }

    public SandboxOptions withTokenTtl(Duration ttl) {
        return new SandboxOptions(port, ttl, scaleLineItems, clock, volumeListItems, volumeViewCells);
    }

    public SandboxOptions withScaleLineItems(int n) {
        return new SandboxOptions(port, tokenTtl, n, clock, volumeListItems, volumeViewCells);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, newClock, volumeListItems, volumeViewCells);
    }

    public SandboxOptions withListItems(int n) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, clock, n, volumeViewCells);
    }

    public SandboxOptions withViewCells(int n) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, clock, volumeListItems, n);
    }
}
