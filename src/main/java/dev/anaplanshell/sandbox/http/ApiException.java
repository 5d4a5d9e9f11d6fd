package dev.anaplanshell.sandbox.http;

/**
 * Ends a request with an error body. Integration API errors become
 * {@code {"status":{"code","message"},"path","timestamp"}}; authentication-service errors (when
 * {@link #authStatus()} is set) become {@code {"status":"FAILURE_...","statusMessage"}}.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String authStatus;

    private ApiException(int status, String authStatus, String message) {
        super(message, null, false, false);
        this.status = status;
        this.authStatus = authStatus;
    }

    public static ApiException integration(int status, String message) {
        return new ApiException(status, null, message);
    }

    public static ApiException notFound() {
        return integration(404, "Not Found");
    }

    public static ApiException badRequest(String message) {
        return integration(400, message);
    }

    public static ApiException unauthorized() {
        return integration(401, "Unauthorized");
    }

    public static ApiException auth(int status, String authStatus, String message) {
        return new ApiException(status, authStatus, message);
    }

    public int status() {
        return status;
    }

    /** {@code FAILURE_BAD_HEADER} etc. for auth-service errors, null for Integration API errors. */
    public String authStatus() {
        return authStatus;
    }
}
