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

    void response(int status, long millis, String body, boolean secret) {
        if (out == null) {
            return;
        }
        out.println("http< " + status + " in " + millis + " ms");
        if (body != null && !body.isEmpty()) {
            out.println("http< body: " + (secret ? "<redacted, " + body.length() + " chars>" : preview(body)));
        }
    }

    void failure(Exception e) {
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
