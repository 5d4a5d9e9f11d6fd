package dev.anaplanshell.sandbox;

import java.time.Duration;

/**
 * How to run the sandbox.
 *
 * @param port TCP port on 127.0.0.1, 0 for any free port
 * @param tokenTtl lifetime of the tokens it issues (Anaplan: 35 minutes)
 * @param scaleLineItems line items of the generated scale model, 0 for none
 */
public record SandboxOptions(int port, Duration tokenTtl, int scaleLineItems) {

    public static SandboxOptions defaults() {
        return new SandboxOptions(0, Duration.ofMinutes(35), 0);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, tokenTtl, scaleLineItems);
    }

    public SandboxOptions withTokenTtl(Duration ttl) {
        return new SandboxOptions(port, ttl, scaleLineItems);
    }

    public SandboxOptions withScaleLineItems(int n) {
        return new SandboxOptions(port, tokenTtl, n);
    }
}
