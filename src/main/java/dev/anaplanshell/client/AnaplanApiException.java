package dev.anaplanshell.client;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to Anaplan failed. Built only by {@link ApiErrors}, from the response: {@code status.message} (or the
 * auth service's {@code statusMessage}) when the body has one, else the HTTP reason.
 */
public class AnaplanApiException extends RuntimeException {

    private final int status;
    private final String path;
    private final Duration retryAfter;

    public AnaplanApiException(int status, String message, String path) {
        this(status, message, path, null);
    }

    /** @param retryAfter the answer's {@code Retry-After}, or null */
    public AnaplanApiException(int status, String message, String path, Duration retryAfter) {
        super(message);
        this.status = status;
        this.path = path;
        this.retryAfter = retryAfter;
    }

    /** How long the service asked to wait before trying again ({@code Retry-After} of a 429 or 503). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** Request path without host and query, e.g. {@code /2/0/models/ABC/modules}. */
    public String path() {
        return path;
    }

    /** 404: the resource does not exist or the user cannot see it. */
    public static final class NotFound extends AnaplanApiException {
        public NotFound(String message, String path) {
            super(404, message, path);
        }
    }

    /** 401: bad credentials, or an expired or revoked token. */
    public static final class Unauthorized extends AnaplanApiException {
        public Unauthorized(String message, String path) {
            super(401, message, path);
        }
    }

    /** 429: above Anaplan's rate limit. */
    public static final class RateLimited extends AnaplanApiException {
        public RateLimited(String message, String path) {
            this(message, path, null);
        }

        public RateLimited(String message, String path, Duration retryAfter) {
            super(429, message, path, retryAfter);
        }
    }

    /** 409 or 423: the model is busy or locked. */
    public static final class ModelBusy extends AnaplanApiException {
        public ModelBusy(int status, String message, String path) {
            super(status, message, path);
        }
    }

    /** No usable answer: connection refused or reset, timeout, 502/503/504, or a body that is not Anaplan's. */
    public static class Unavailable extends AnaplanApiException {
        public Unavailable(int status, String message, String path) {
            this(status, message, path, null);
        }

        public Unavailable(int status, String message, String path, Duration retryAfter) {
            super(status, message, path, retryAfter);
        }
    }

    /** No answer at all: the connection could not be made, dropped, or timed out. */
    public static final class ConnectionFailed extends Unavailable {
        private final boolean sent;

        public ConnectionFailed(String message, String path, boolean sent) {
            super(0, message, path);
            this.sent = sent;
        }

        /** True when the request may have reached the service (a reset or timeout after sending). */
        public boolean sent() {
            return sent;
        }
    }

    /** An error of the OAuth service, {@code {"error": "...", "error_description": "..."}}. */
    public static final class OAuthError extends AnaplanApiException {
        private final String error;

        public OAuthError(int status, String error, String message, String path) {
            super(status, message, path);
            this.error = error;
        }

        /** The OAuth error code, e.g. {@code authorization_pending}, {@code slow_down}, {@code invalid_grant}. */
        public String error() {
            return error;
        }
    }
}
