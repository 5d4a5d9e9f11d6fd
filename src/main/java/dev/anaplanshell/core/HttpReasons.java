package dev.anaplanshell.core;

/** The reason phrase of an HTTP status that Anaplan answers, for messages (client) and error bodies (sandbox). */
public final class HttpReasons {

    private HttpReasons() {
    }

    /** {@code Too Many Requests} for 429, …; {@code HTTP 418} for a status not listed. */
    public static String of(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 423 -> "Locked";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }
}
