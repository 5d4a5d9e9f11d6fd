package dev.anaplanshell.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import kong.unirest.core.Headers;
import kong.unirest.core.HttpRequest;
import kong.unirest.core.HttpRequestWithBody;
import kong.unirest.core.HttpResponse;
import kong.unirest.core.RawResponse;
import kong.unirest.core.UnirestException;
import kong.unirest.core.UnirestInstance;

/**
 * The one send path, for JSON calls, streams, downloads and the authentication services alike (after hub4j's
 * {@code GitHubClient.sendRequest(request, bodyHandler)}): the session's token (renewed once on a 401), retries
 * ({@link RetryPolicy}), the rate limit, proxy credentials, the {@code --debug} trace of every request and answer,
 * redirects, and every failure made an {@link AnaplanApiException} by {@link ApiErrors}. What a successful answer's
 * body becomes is the caller's {@link BodyReader}; the body it reads is bounded ({@link BoundedBody}).
 *
 * <p>Redirects: the service calls follow none; Integration API calls follow one to the same origin (scheme, host and
 * port) and refuse one to any other, naming it, so that a token never reaches a host the user did not configure.
 */
final class Exchange {

    /** Reads a successful answer. It closes the body when done, or hands it on open (a stream). */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(Answer answer) throws IOException;
    }

    /** A successful answer: status, headers and the bounded body. */
    record Answer(HttpCall call, int status, Headers headers, BoundedBody body) {
        /** The body's declared length, or -1. */
        long length() {
            return lengthOf(headers);
        }
    }

    private static final int MAX_REDIRECTS = 5;
    private static final int ERROR_BODY = 64 * 1024;

    private final UnirestInstance http;
    private final ApiErrors errors;
    private final TokenSource tokens;
    private final HttpTrace trace;
    private final RetryPolicy retries;
    private final RateLimiter rateLimit;
    private final ProxySettings proxy;
    private final IdleWatch idle;
    private final long readTimeoutNanos;

    Exchange(UnirestInstance http, ApiErrors errors, TokenSource tokens, HttpTrace trace, RetryPolicy retries,
            RateLimiter rateLimit, HttpSettings settings, IdleWatch idle) {
        this.http = http;
        this.errors = errors;
        this.tokens = tokens;
        this.trace = trace;
        this.retries = retries;
        this.rateLimit = rateLimit;
        this.proxy = settings.proxy();
        this.idle = idle;
        this.readTimeoutNanos = settings.readTimeout().toNanos();
    }

    /** Sends {@code call}, retried as it allows, and reads its successful answer with {@code reader}. */
    <T> T send(HttpCall call, BodyReader<T> reader) {
        if (call.service()) {
            return retries.call(call.idempotency(), () -> once(call, call.authorization(), reader));
        }
        String token = sendable(tokens.token());
        try {
            return retries.call(call.idempotency(), () -> once(call, "AnaplanAuthToken " + token, reader));
        } catch (AnaplanApiException.Unauthorized e) {
            // the one place a rejected token is renewed: refresh or a new login, then the call once more
            String renewed = tokens.renew(token);
            if (renewed == null) {
                throw e;
            }
            String header = "AnaplanAuthToken " + sendable(renewed);
            return retries.call(call.idempotency(), () -> once(call, header, reader));
        }
    }

    /**
     * A token as the service gave it, refused if a header cannot carry it: a line break in it would inject headers,
     * and the HTTP client's refusal would quote it in an error that is retried. Not retried, never printed.
     */
    private String sendable(String token) {
        if (token != null && !token.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw errors.unexpectedAnswer("the login", "a token with characters an HTTP header cannot carry "
                    + "(log in again)");
        }
        return token;
    }

    private <T> T once(HttpCall call, String authorization, BodyReader<T> reader) {
        URI target = call.url();
        Map<String, Object> query = call.query();
        String method = call.method();
        Object body = call.body();
        for (int hop = 0;; hop++) {
            Raw raw = roundTrip(call, method, target, query, body, authorization);
            URI url = raw.url();
            if (raw.status() >= 300 && raw.status() < 400 && raw.status() != 304) {
                close(raw.content());
                String location = raw.headers().getFirst("Location");
                URI next = location == null || location.isBlank() ? null : url.resolve(location.strip());
                if (next == null || call.service() || !sameOrigin(url, next) || hop >= MAX_REDIRECTS) {
                    throw errors.redirect(call, raw.status(), next, call.service(), hop >= MAX_REDIRECTS);
                }
                if (raw.status() == 303 || (raw.status() <= 302 && !method.equals("GET") && !method.equals("HEAD"))) {
                    method = "GET";
                    body = null;
                }
                target = next;
                query = Map.of();
                continue;
            }
            if (raw.status() < 200 || raw.status() >= 300) {
                throw failure(call, raw);
            }
            long length = lengthOf(raw.headers());
            if (length > call.limit()) {
                close(raw.content());
                throw errors.tooLarge(call, call.limit());
            }
            BoundedBody bounded = new BoundedBody(raw.content(), call.limit(), readTimeoutNanos, idle);
            try {
                return reader.read(new Answer(call, raw.status(), raw.headers(), bounded));
            } catch (IOException e) {
                close(bounded);
                throw errors.fromBody(call, e);
            } catch (RuntimeException e) {
                close(bounded);
                throw e;
            }
        }
    }

    /** One request and the head of its answer. */
    private Raw roundTrip(HttpCall call, String method, URI target, Map<String, Object> query, Object body,
            String authorization) {
        HttpRequestWithBody base = http.request(method, target.toString()).queryString(query);
        if (authorization != null) {
            base.header("Authorization", authorization);
        }
        if (body != null && call.contentType() != null) {
            base.header("Content-Type", call.contentType());
        }
        if (call.accept() != null) {
            base.headerReplace("Accept", call.accept());
        }
        HttpRequest<?> request = body == null ? base : body instanceof byte[] bytes ? base.body(bytes)
                : base.body((String) body);
        URI url = URI.create(request.getUrl());
        proxy.authorization(url).ifPresent(basic -> request.headerReplace("Proxy-Authorization", basic));
        trace.request(method, request.getUrl(), authorization, call.service() && body instanceof String s ? s : null,
                call.service());
        long start = System.nanoTime();
        HttpResponse<Raw> response;
        try {
            rateLimit.acquire();
            response = request.asObject(r -> Raw.of(r, url));
        } catch (UnirestException e) {
            trace.failure(e);
            throw errors.fromFailure(e, url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.fromFailure(e, url);
        }
        Raw raw = response.getBody();
        if (raw == null || raw.failure() != null) {
            Throwable failure = raw != null ? raw.failure() : response.getParsingError()
                    .map(Throwable.class::cast).orElse(new IllegalStateException("no answer"));
            trace.failure(failure);
            throw errors.fromFailure(failure, url);
        }
        String location = raw.headers().getFirst("Location");
        trace.response(raw.status(), (System.nanoTime() - start) / 1_000_000,
                location == null || location.isBlank() ? null : location);
        return raw;
    }

    /** An error status: its body (small, and read only so far) made the error. */
    private AnaplanApiException failure(HttpCall call, Raw raw) {
        String text = null;
        try (BoundedBody body = new BoundedBody(raw.content(), Long.MAX_VALUE, readTimeoutNanos, idle)) {
            text = new String(body.readNBytes(ERROR_BODY), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the status says enough
        }
        trace.body(text, call.service());
        return errors.fromResponse(raw.status(), raw.statusText(), text, raw.url().getPath(),
                RetryPolicy.retryAfter(raw.headers().getFirst("Retry-After"), Clock.systemUTC()));
    }

    /** The answer's body as text in the trace (JSON readers call it once they have read it). */
    void traceBody(Answer answer) {
        trace.body(new String(answer.body().preview(), StandardCharsets.UTF_8), answer.call().service(),
                answer.body().count());
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && b.getHost() != null
                && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static long lengthOf(Headers headers) {
        String length = headers.getFirst("Content-Length");
        try {
            return length == null || length.isBlank() ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void close(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // nothing more to read from it
            }
        }
    }

    /** The head of an answer, taken out of Unirest as it arrives; the body not yet read. */
    private record Raw(URI url, int status, String statusText, Headers headers, InputStream content,
            Throwable failure) {
        static Raw of(RawResponse raw, URI url) {
            try {
                return new Raw(url, raw.getStatus(), raw.getStatusText(), raw.getHeaders(),
                        Objects.requireNonNull(raw.getContent(), "no body"), null);
            } catch (RuntimeException e) {
                return new Raw(url, raw.getStatus(), null, raw.getHeaders(), null, e);
            }
        }
    }
}
