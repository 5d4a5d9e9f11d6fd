package dev.anaplanshell.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client talks HTTP: retries, timeouts, the client-side rate limit, the proxy and the largest answer. See
 * docs/resilience.md.
 *
 * @param maxRetries retries of one request after its first attempt ({@code --max-retries}); 0 for none
 * @param connectTimeout longest wait for a connection ({@code --connect-timeout})
 * @param readTimeout longest wait for an answer, and for each next kilobyte of its body ({@code --read-timeout})
 * @param requestsPerMinute the client-side rate limit ({@code --rate-limit}); 0 for none
 * @param proxy the proxy, if any
 * @param maxAnswerBytes the largest JSON answer read whole ({@code --max-answer-size}); streamed line items, list
 *        items, cells and downloads are not bounded in size
 */
public record HttpSettings(int maxRetries, Duration connectTimeout, Duration readTimeout, int requestsPerMinute,
        ProxySettings proxy, long maxAnswerBytes) {

    /** 128 MiB: more than the largest listing Anaplan pages or caps (a million dimension items). */
    public static final long DEFAULT_MAX_ANSWER = 128L << 20;

    /**
     * 5 retries (Anaplan Connect allows 3 to 15), 10 s to connect, 120 s for an answer, 540 requests a minute,
     * answers up to 128 MiB.
     */
    public static final HttpSettings DEFAULTS = new HttpSettings(5, Duration.ofSeconds(10), Duration.ofSeconds(120),
            540, ProxySettings.NONE, DEFAULT_MAX_ANSWER);

    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(proxy, "proxy");
        if (maxRetries < 0 || requestsPerMinute < 0) {
            throw new IllegalArgumentException("retries and the rate limit cannot be negative");
        }
        if (maxAnswerBytes <= 0) {
            throw new IllegalArgumentException("the largest answer must be at least 1 byte");
        }
    }

    public HttpSettings withMaxRetries(int n) {
        return new HttpSettings(n, connectTimeout, readTimeout, requestsPerMinute, proxy, maxAnswerBytes);
    }

    public HttpSettings withRequestsPerMinute(int n) {
        return new HttpSettings(maxRetries, connectTimeout, readTimeout, n, proxy, maxAnswerBytes);
    }

    public HttpSettings withTimeouts(Duration connect, Duration read) {
        return new HttpSettings(maxRetries, connect, read, requestsPerMinute, proxy, maxAnswerBytes);
    }

    public HttpSettings withProxy(ProxySettings p) {
        return new HttpSettings(maxRetries, connectTimeout, readTimeout, requestsPerMinute, p, maxAnswerBytes);
    }

    public HttpSettings withMaxAnswerBytes(long n) {
        return new HttpSettings(maxRetries, connectTimeout, readTimeout, requestsPerMinute, proxy, n);
    }
}
