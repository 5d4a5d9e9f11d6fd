package dev.anaplanshell.client;

import java.io.PrintStream;

/**
 * The {@code --debug} trace of HTTP calls: method, URL, status and time. Secrets never reach it: the
 * {@code Authorization} header shows only its scheme, and bodies of authentication calls (passwords, signatures,
 * tokens, OAuth codes) are replaced by their length.
 */
public final class HttpTrace {

    private static final int BODY_PREVIEW = 300;

    private final PrintStream out;

    private HttpTrace(PrintStream out) {
        this.out = out;
    }

    /** No trace at all. */
    public static HttpTrace off() {
        return new HttpTrace(null);
    }

    public static HttpTrace to(PrintStream out) {
        return new HttpTrace(out);
    }

    void request(String method, String url, String authorization, String body, boolean secret) {
        if (out == null) {
            return;
        }
        out.println("http> " + method + " " + url);
        if (authorization != null) {
            out.println("http> Authorization: " + scheme(authorization) + " <redacted>");
        }
        if (body != null) {
            out.println("http> body: " + (secret ? "<redacted, " + body.length() + " chars>" : preview(body)));
        }
    }

    /** The head of an answer: every answer, JSON, stream or download; a redirect with where it points. */
    void response(int status, long millis, String location) {
        if (out == null) {
            return;
        }
        out.println("http< " + status + " in " + millis + " ms");
        if (location != null) {
            out.println("http< Location: " + location);
        }
    }

    /** An error answer's body. */
    void body(String body, boolean secret) {
        if (out != null && body != null && !body.isEmpty()) {
            out.println("http< body: " + (secret ? "<redacted, " + body.length() + " chars>" : preview(body)));
        }
    }

    /** The first bytes of a JSON answer's body ({@code start}) and its length in bytes. */
    void body(String start, boolean secret, long bytes) {
        if (out == null || bytes == 0) {
            return;
        }
        String flat = start.replace('\n', ' ');
        out.println("http< body: " + (secret ? "<redacted, " + bytes + " bytes>"
                : bytes <= flat.length() ? flat : flat + "... (" + bytes + " bytes)"));
    }

    void failure(Throwable e) {
        if (out != null) {
            out.println("http< failed: " + e.getClass().getSimpleName());
        }
    }

    private static String scheme(String authorization) {
        int space = authorization.indexOf(' ');
        return space < 0 ? authorization : authorization.substring(0, space);
    }

    private static String preview(String body) {
        String flat = body.replace('\n', ' ');
        return flat.length() <= BODY_PREVIEW ? flat : flat.substring(0, BODY_PREVIEW) + "... (" + flat.length() + " chars)";
    }
}
