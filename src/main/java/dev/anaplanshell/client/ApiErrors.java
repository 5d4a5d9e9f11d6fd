package dev.anaplanshell.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.time.Duration;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import dev.anaplanshell.core.HttpReasons;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one place where HTTP failures become {@link AnaplanApiException}s. */
final class ApiErrors {

    private final JsonMapper json;
    private final ProxySettings proxy;

    ApiErrors(JsonMapper json) {
        this(json, ProxySettings.NONE);
    }

    /** @param proxy the proxy requests go through: a failure to reach it is reported as the proxy's, not the host's */
    ApiErrors(JsonMapper json, ProxySettings proxy) {
        this.json = json;
        this.proxy = proxy;
    }

    AnaplanApiException fromResponse(int status, String statusText, String body, String path) {
        return fromResponse(status, statusText, body, path, null);
    }

    /** @param retryAfter the answer's {@code Retry-After}, already turned into a wait, or null */
    AnaplanApiException fromResponse(int status, String statusText, String body, String path, Duration retryAfter) {
        String message = messageOf(body);
        if (message == null || message.isBlank()) {
            message = statusText != null && !statusText.isBlank() ? statusText : HttpReasons.of(status);
        }
        String oauthError = oauthErrorOf(body);
        if (oauthError != null && status >= 400 && status < 500) {
            return new AnaplanApiException.OAuthError(status, oauthError, message, path);
        }
        return switch (status) {
            case 401 -> new AnaplanApiException.Unauthorized(message, path);
            case 404 -> new AnaplanApiException.NotFound(message, path);
            case 409, 423 -> new AnaplanApiException.ModelBusy(status, message, path);
            case 429 -> new AnaplanApiException.RateLimited(message, path, retryAfter);
            case 502, 503, 504 -> new AnaplanApiException.Unavailable(status, message, path, retryAfter);
            default -> new AnaplanApiException(status, message, path);
        };
    }

    AnaplanApiException fromFailure(Throwable failure, URI uri) {
        String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        if (proxy.url() != null && uri.getHost() != null && !proxy.bypasses(uri.getHost())) {
            // the connection that failed was the proxy's: "cannot connect to auth.anaplan.com" would send the user
            // looking at the wrong host
            host = "the proxy " + proxy + " (for " + host + ")";
        }
        String what = null;
        boolean sent = true;
        for (Throwable t = failure; t != null && what == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException) {
                // Ctrl-C (the thread interrupted): the HTTP client has cleared the flag; set again, never retried
                Thread.currentThread().interrupt();
                return new AnaplanApiException.Unavailable(0, "interrupted", uri.getPath());
            }
            if (t instanceof HttpConnectTimeoutException) {
                what = "timed out connecting to " + host;
                sent = false;
            } else if (t instanceof ConnectException) {
                // refused: nothing listens there (a wrong URL or a proxy that is down); not worth retrying
                return new AnaplanApiException.Unavailable(0, "cannot connect to " + host, uri.getPath());
            } else if (t instanceof HttpTimeoutException) {
                what = "no answer from " + host + " in time";
            } else if (t instanceof SSLHandshakeException || t instanceof SSLPeerUnverifiedException
                    || t instanceof CertificateException) {
                // a handshake or certificate failure: trying again meets the same certificate (a connection reset
                // inside TLS is another SSLException, and is retried as a dropped connection)
                String why = root(failure).getMessage();
                return new AnaplanApiException.Unavailable(0, "TLS with " + host + " failed"
                        + (why == null ? "" : " (" + firstLine(why) + ")"), uri.getPath());
            } else if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return new AnaplanApiException.Unavailable(0, "unknown host " + (host.startsWith("the proxy ")
                        ? proxy.url().getHost() + " (the proxy)" : uri.getHost()), uri.getPath());
            }
        }
        if (what == null) {
            Throwable root = root(failure);
            what = "connection to " + host + " failed" + (root.getMessage() != null ? " (" + root.getMessage() + ")" : "");
        }
        return new AnaplanApiException.ConnectionFailed(what, uri.getPath(), sent);
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    /**
     * A redirect not followed: to another origin (the request's credentials would go with it), from an
     * authentication service (which never redirects), without a {@code Location}, or one too many.
     */
    AnaplanApiException redirect(HttpCall call, int status, URI target, boolean service, boolean tooMany) {
        String why = target == null ? "without saying where"
                : tooMany ? "once too often, last to " + target
                : service ? "to " + target + ": not followed for the authentication service"
                : "to " + target + ", another host: not followed (credentials go to the configured hosts only)";
        return new AnaplanApiException.Unavailable(status, "the answer to " + call.name() + " redirected " + why,
                call.url().getPath());
    }

    /** An answer larger than the call takes ({@code --max-answer-size}). */
    AnaplanApiException tooLarge(HttpCall call, long limit) {
        return new AnaplanApiException.Unavailable(0, "the answer to " + call.name() + " is larger than "
                + size(limit) + " (--max-answer-size)", call.url().getPath());
    }

    /**
     * A failure while reading a successful answer's body: too large, stalled past the read timeout, broken off or
     * cut short. All but the first are failures of the connection, retried like one.
     */
    AnaplanApiException fromBody(HttpCall call, IOException e) {
        String path = call.url().getPath();
        if (e instanceof BoundedBody.TooLarge large) {
            return tooLarge(call, large.limit);
        }
        if (e instanceof BoundedBody.Stalled) {
            return new AnaplanApiException.ConnectionFailed("the answer to " + call.name() + " stalled: less than "
                    + BoundedBody.PROGRESS + " bytes within the read timeout", path, true);
        }
        return new AnaplanApiException.ConnectionFailed("the answer to " + call.name() + " broke off before its end",
                path, true);
    }

    /** A well-formed answer that is not what the call returns: a null entry, a missing field, no body. */
    AnaplanApiException unexpectedAnswer(String call, String what) {
        return new AnaplanApiException.Unavailable(0, "unexpected answer to " + call + ": " + what, "");
    }

    private static String size(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB"
                : bytes % 1024 == 0 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }

    /** A write that failed in a way that may have left it applied: said so, as the error's own class. */
    AnaplanApiException mayHaveBeenApplied(AnaplanApiException e) {
        if (e instanceof AnaplanApiException.ConnectionFailed) {
            return new AnaplanApiException.ConnectionFailed("the connection dropped after the request was sent ("
                    + e.getMessage() + "): it may have been applied; check before re-running", e.path(), true);
        }
        return copy(e, e.getMessage() + " (not retried: the request may have been applied; check before re-running)");
    }

    /** The last failure of a request retried {@code retries} times. */
    AnaplanApiException gaveUp(AnaplanApiException e, int retries) {
        return retries == 0 ? e : copy(e, e.getMessage() + " (gave up after " + retries
                + (retries == 1 ? " retry)" : " retries)"));
    }

    private static AnaplanApiException copy(AnaplanApiException e, String message) {
        AnaplanApiException c;
        if (e instanceof AnaplanApiException.ConnectionFailed f) {
            c = new AnaplanApiException.ConnectionFailed(message, e.path(), f.sent());
        } else if (e instanceof AnaplanApiException.Unavailable) {
            c = new AnaplanApiException.Unavailable(e.status(), message, e.path());
        } else if (e instanceof AnaplanApiException.RateLimited) {
            c = new AnaplanApiException.RateLimited(message, e.path());
        } else if (e instanceof AnaplanApiException.ModelBusy) {
            c = new AnaplanApiException.ModelBusy(e.status(), message, e.path());
        } else {
            c = new AnaplanApiException(e.status(), message, e.path());
        }
        c.initCause(e);
        return c;
    }

    AnaplanApiException unexpectedShape(String what) {
        return new AnaplanApiException.Unavailable(0, "the service's answer is not a valid " + what, "");
    }

    AnaplanApiException notJson(int status, String path) {
        return new AnaplanApiException.Unavailable(status, "the service answered with something that is not JSON", path);
    }

    /**
     * A 2xx body that broke off or is not the JSON expected, found while streaming it: the rows read so far cannot be
     * trusted, so this is a failure of the whole call, worded without the (misleading) 200.
     */
    AnaplanApiException brokenBody(String path, JacksonException e) {
        if (e.getCause() instanceof BoundedBody.Stalled) {
            return new AnaplanApiException.Unavailable(0, "the answer stalled: less than " + BoundedBody.PROGRESS
                    + " bytes within the read timeout", path);
        }
        if (e instanceof tools.jackson.core.exc.JacksonIOException) {
            return new AnaplanApiException.Unavailable(0, "the connection broke off while reading the answer", path);
        }
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        if (detail.length() > 160) {
            detail = detail.substring(0, 157) + "...";
        }
        String where = e.getLocation() == null || e.getLocation().getByteOffset() < 0 ? ""
                : " at byte " + e.getLocation().getByteOffset();
        return new AnaplanApiException.Unavailable(0,
                "the answer broke off or is not valid JSON" + where + (detail.isEmpty() ? "" : ": " + detail), path);
    }

    /** Integration API: {@code status.message}; auth service: {@code statusMessage}; OAuth: {@code error_description}. */
    private String messageOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            JsonNode status = node.path("status");
            if (status.isObject() && status.path("message").isString()) {
                return status.path("message").asString();
            }
            if (node.path("statusMessage").isString()) {
                return node.path("statusMessage").asString();
            }
            if (node.path("error_description").isString()) {
                return node.path("error_description").asString();
            }
            return null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The {@code error} code of an OAuth error body, or null. */
    private String oauthErrorOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode error = json.readTree(body).path("error");
            return error.isString() ? error.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
