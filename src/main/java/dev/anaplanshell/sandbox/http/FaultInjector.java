package dev.anaplanshell.sandbox.http;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Random;

import dev.anaplanshell.core.HttpReasons;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Wraps the sandbox's {@link Router}: waits {@link Faults#latencyMs()} before every answer, sends every body over one
 * {@link Link} of {@link Faults#bandwidthMbit()} and, with the configured
 * probabilities, answers a request with an error status (429 and 503 with {@code Retry-After: 1}, in Anaplan's error
 * envelope) or closes the connection without an answer, instead of processing it. See docs/sandbox.md.
 */
public final class FaultInjector implements HttpHandler {

    /** Seconds the sandbox asks a client to wait after a 429 or 503. */
    public static final int RETRY_AFTER_SECONDS = 1;

    private final HttpHandler next;
    private final Faults faults;
    private final Random random;
    private final Clock clock;
    private final Link link;

    private FaultInjector(HttpHandler next, Faults faults, Clock clock) {
        this.next = next;
        this.faults = faults;
        this.random = faults.seed() == null ? new Random() : new Random(faults.seed());
        this.clock = clock;
        this.link = faults.bandwidthMbit() > 0 ? Link.of(faults.bandwidthMbit()) : null;
    }

    /** {@code next} itself when there is nothing to inject. */
    public static HttpHandler wrap(HttpHandler next, Faults faults, Clock clock) {
        return faults.none() ? next : new FaultInjector(next, faults, clock);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (faults.latencyMs() > 0) {
            try {
                Thread.sleep(faults.latencyMs()); // the simulated network and service time, not a test waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (link != null) {
            exchange.setStreams(null, link.throttle(exchange.getResponseBody()));
        }
        String fault = draw();
        if (fault == null) {
            next.handle(exchange);
        } else if (fault.equals(Faults.RESET)) {
            exchange.getRequestBody().readAllBytes();
            exchange.close(); // before any response headers: the JDK server drops the connection
        } else {
            answer(exchange, Integer.parseInt(fault));
        }
    }

    private String draw() {
        double r;
        synchronized (random) {
            r = random.nextDouble();
        }
        double cumulative = 0;
        for (Map.Entry<String, Double> e : faults.probabilities().entrySet()) {
            cumulative += e.getValue();
            if (r < cumulative) {
                return e.getKey();
            }
        }
        return null;
    }

    private void answer(HttpExchange exchange, int status) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = Router.normalise(exchange.getRequestURI().getRawPath());
            byte[] body = Json.bytes(Envelopes.error(status, HttpReasons.of(status), path, clock.instant()));
            if (status == 429 || status == 503) {
                exchange.getResponseHeaders().set("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
