package dev.anaplanshell.client;

/**
 * A call to Anaplan failed. Built only by {@link ApiErrors}, from the response: {@code status.message} (or the
 * auth service's {@code statusMessage}) when the body has one, else the HTTP reason.
 */
public class AnaplanApiException extends RuntimeException {

    private final int status;
    private final String path;

    public AnaplanApiException(int status, String message, String path) {
        super(message);
        this.status = status;
        this.path = path;
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
            super(429, message, path);
        }
    }

    /** 409 or 423: the model is busy or locked. */
    public static final class ModelBusy extends AnaplanApiException {
        public ModelBusy(int status, String message, String path) {
            super(status, message, path);
        }
    }

    /** No usable answer: connection refused or reset, timeout, 502/503/504, or a body that is not Anaplan's. */
    public static final class Unavailable extends AnaplanApiException {
        public Unavailable(int status, String message, String path) {
            super(status, message, path);
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
