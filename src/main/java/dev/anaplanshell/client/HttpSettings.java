package dev.anaplanshell.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client talks HTTP: retries, timeouts, the client-side rate limit and the proxy. See docs/resilience.md.
 *
 * @param maxRetries retries of one request after its first attempt ({@code --max-retries}); 0 for none
 * @param connectTimeout longest wait for a connection ({@code --connect-timeout})
 * @param readTimeout longest wait for an answer ({@code --read-timeout})
 * @param requestsPerMinute the client-side rate limit ({@code --rate-limit}); 0 for none
 * @param proxy the proxy, if any
 */
public record HttpSettings(int maxRetries, Duration connectTimeout, Duration readTimeout, int requestsPerMinute,
        ProxySettings proxy) {

    /** 5 retries (Anaplan Connect allows 3 to 15), 10 s to connect, 120 s for an answer, 540 requests a minute. */
    public static final HttpSettings DEFAULTS = new HttpSettings(5, Duration.ofSeconds(10), Duration.ofSeconds(120),
            540, ProxySettings.NONE);

    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(proxy, "proxy");
        if (maxRetries < 0 || requestsPerMinute < 0) {
            throw new IllegalArgumentException("retries and the rate limit cannot be negative");
        }
    }

    public HttpSettings withMaxRetries(int n) {
        return new HttpSettings(n, connectTimeout, readTimeout, requestsPerMinute, proxy);
    }

    public HttpSettings withRequestsPerMinute(int n) {
        return new HttpSettings(maxRetries, connectTimeout, readTimeout, n, proxy);
    }

    public HttpSettings withTimeouts(Duration connect, Duration read) {
        return new HttpSettings(maxRetries, connect, read, requestsPerMinute, proxy);
    }

    public HttpSettings withProxy(ProxySettings p) {
        return new HttpSettings(maxRetries, connectTimeout, readTimeout, requestsPerMinute, p);
    }
}
