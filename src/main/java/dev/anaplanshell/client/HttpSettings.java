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

    /** Settings from {@link #DEFAULTS}, each changed by its method of the same name. */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {

        private int maxRetries = DEFAULTS.maxRetries;
        private Duration connectTimeout = DEFAULTS.connectTimeout;
        private Duration readTimeout = DEFAULTS.readTimeout;
        private int requestsPerMinute = DEFAULTS.requestsPerMinute;
        private ProxySettings proxy = DEFAULTS.proxy;
        private long maxAnswerBytes = DEFAULTS.maxAnswerBytes;

        private Builder() {
        }

        public Builder maxRetries(int n) {
            maxRetries = n;
            return this;
        }

        public Builder timeouts(Duration connect, Duration read) {
            connectTimeout = connect;
            readTimeout = read;
            return this;
        }

        public Builder requestsPerMinute(int n) {
            requestsPerMinute = n;
            return this;
        }

        public Builder proxy(ProxySettings p) {
            proxy = p;
            return this;
        }

        public Builder maxAnswerBytes(long n) {
            maxAnswerBytes = n;
            return this;
        }

        public HttpSettings build() {
            return new HttpSettings(maxRetries, connectTimeout, readTimeout, requestsPerMinute, proxy, maxAnswerBytes);
        }
    }
}
