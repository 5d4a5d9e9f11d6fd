package dev.anaplanshell.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

import kong.unirest.core.UnirestInstance;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP for every resource class, in the shapes they need — a JSON answer, a stream, a download, a call to the
 * authentication services — each one {@link HttpCall} through the one send path ({@link Exchange}); paging through
 * {@link Pages}. A JSON answer is read whole, up to {@code --max-answer-size}; streams and downloads are unbounded in
 * size, and every body is bounded in idle time ({@link BoundedBody}).
 */
final class Transport implements AutoCloseable {

    static final int PAGE_SIZE = 5000;
    private static final String JSON = "application/json";

    private final UnirestInstance http;
    /** The JDK client under {@link #http}, once Unirest has made it (on the first request): stopped at close. */
    private final AtomicReference<HttpClient> jdkClient = new AtomicReference<>();
    private final JsonMapper json;
    private final ApiErrors errors;
    private final AtomicReference<Endpoints> endpoints;
    private final IdleWatch idle;
    private final Exchange exchange;
    private final Pages pages;
    private final Bodies bodies;
    private final long maxAnswer;
    /** The {@code Date} header of the authentication service's last answer. */
    private final AtomicReference<String> authDate = new AtomicReference<>();

    Transport(Endpoints endpoints, TokenSource tokens, String userAgent, HttpTrace trace) {
        this(endpoints, tokens, userAgent, trace, HttpSettings.DEFAULTS, Sleeper.REAL);
    }

    /** @param sleeper how retries and the rate limit wait (tests record instead of sleeping) */
    Transport(Endpoints endpoints, TokenSource tokens, String userAgent, HttpTrace trace, HttpSettings settings,
            Sleeper sleeper) {
        this.endpoints = new AtomicReference<>(endpoints);
        this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.errors = new ApiErrors(json, settings.proxy());
        this.maxAnswer = settings.maxAnswerBytes();
        this.idle = new IdleWatch(settings.readTimeout());
        this.http = HttpClients.make(settings, userAgent, jdkClient::set);
        this.exchange = new Exchange(http, errors, tokens, trace,
                new RetryPolicy(settings.maxRetries(), sleeper, Math::random, errors),
                new RateLimiter(settings.requestsPerMinute(), System::nanoTime, sleeper), settings, idle);
        this.pages = new Pages(this);
        this.bodies = new Bodies(json, errors, exchange);
    }

    JsonMapper json() {
        return json;
    }

    /** The JDK client under Unirest, once made; null before the first request and after close. */
    HttpClient jdkClient() {
        return jdkClient.get();
    }

    Endpoints endpoints() {
        return endpoints.get();
    }

    void useEndpoints(Endpoints newEndpoints) {
        endpoints.set(newEndpoints);
    }

    /** The URL path of an Integration API path, e.g. {@code /2/0/models}, for messages. */
    String pathOf(String path) {
        return URI.create(endpoints().api(path)).getPath();
    }

    /** GET an Integration API path with the session's token. */
    JsonNode get(String path, Map<String, Object> query) {
        return send("GET", path, query, null);
    }

    /** Any verb on an Integration API path, with a JSON body when {@code body} is not null; the JSON answer. */
    JsonNode send(String method, String path, Map<String, Object> query, Object body) {
        return json(HttpCall.api(method, endpoints().api(path), query, body == null ? null : JSON,
                body == null ? null : json.writeValueAsString(body), null, maxAnswer));
    }

    /** POST a JSON body (a record or map) to an Integration API path. */
    JsonNode post(String path, Object body) {
        return send("POST", path, Map.of(), body);
    }

    /** PUT raw bytes ({@code application/octet-stream}, or {@code application/x-gzip} for a gzipped chunk). */
    JsonNode put(String path, byte[] body, String contentType) {
        return json(HttpCall.api("PUT", endpoints().api(path), Map.of(), contentType, body, null, maxAnswer));
    }

    JsonNode delete(String path) {
        return send("DELETE", path, Map.of(), null);
    }

    /**
     * GETs a binary body (a file chunk, a dump) and streams it into {@code target} as it arrives, never holding it
     * whole. Returns the number of bytes written; errors as for JSON calls.
     */
    long download(String path, OutputStream target) {
        return download(path, length -> target);
    }

    /**
     * As {@link #download(String, OutputStream)}, the sink chosen once the body's length is known (-1 when the
     * answer gives none), so a buffer can be sized right.
     */
    long download(String path, LongFunction<OutputStream> sink) {
        HttpCall call = HttpCall.api("GET", endpoints().api(path), Map.of(), null, null,
                "application/octet-stream, text/plain, */*", Long.MAX_VALUE);
        return exchange.send(call, bodies.copyTo(sink));
    }

    /**
     * Opens the body of a successful answer as a stream, without buffering it (CSV pages, large JSON bodies): the
     * caller reads and closes it. Error statuses and network failures throw as {@link #send} does.
     *
     * @param accept the {@code Accept} header, e.g. {@code text/csv}
     */
    InputStream open(String method, String path, Map<String, Object> query, String accept, Object body) {
        return exchange.send(HttpCall.api(method, endpoints().api(path), query, body == null ? null : JSON,
                body == null ? null : json.writeValueAsString(body), accept, Long.MAX_VALUE), Exchange.Answer::body);
    }

    /** A call to the authentication service with an explicit Authorization header (Basic, token...). */
    JsonNode auth(String method, String path, String authorization) {
        return auth(method, path, authorization, null, RetryPolicy.Idempotency.NOT_IDEMPOTENT);
    }

    /** As {@link #auth(String, String, String)}, retried like a GET when repeating it is harmless. */
    JsonNode auth(String method, String path, String authorization, RetryPolicy.Idempotency idempotency) {
        return auth(method, path, authorization, null, idempotency);
    }

    /** The same with a JSON body (certificate login). Keeps the answer's {@code Date}: {@link #lastAuthDate()}. */
    JsonNode auth(String method, String path, String authorization, String jsonBody,
            RetryPolicy.Idempotency idempotency) {
        return exchange.send(HttpCall.service(method, endpoints().auth(path), authorization, jsonBody, maxAnswer,
                idempotency), answer -> {
                    authDate.set(answer.headers().getFirst("Date"));
                    return bodies.json(answer);
                });
    }

    /** The {@code Date} header of the authentication service's last answer (its clock, for token lifetimes). */
    String lastAuthDate() {
        return authDate.get();
    }

    /** POST a JSON body to the OAuth service (no Authorization header: the body carries the grant). */
    JsonNode oauth(String path, Object body) {
        return json(HttpCall.service("POST", endpoints().oauth(path), null, json.writeValueAsString(body), maxAnswer,
                RetryPolicy.Idempotency.NOT_IDEMPOTENT));
    }

    private JsonNode json(HttpCall call) {
        return exchange.send(call, bodies::json);
    }

    <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JacksonException e) {
            throw errors.unexpectedShape(type.getSimpleName());
        }
    }

    AnaplanApiException unexpectedAnswer(String call, String what) {
        return errors.unexpectedAnswer(call, what);
    }

    /** An element of a collection in the answer to {@code call}: a null entry is an unexpected answer. */
    <T> T entry(JsonNode node, Class<T> type, String call, String key) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw errors.unexpectedAnswer(call, "a null entry in '" + key + "'");
        }
        return convert(node, type);
    }

    /** Follows {@code meta.paging} of a collection lazily, {@value #PAGE_SIZE} rows a request ({@link Pages}). */
    <T> Stream<T> pages(String path, Map<String, Object> query, String key, Class<T> type) {
        return pages.pages(path, query, key, type, PAGE_SIZE);
    }

    /** As {@link #pages(String, Map, String, Class)} with another page size (tests use small pages). */
    <T> Stream<T> pages(String path, Map<String, Object> query, String key, Class<T> type, int pageSize) {
        return pages.pages(path, query, key, type, pageSize);
    }

    /** Every element of an array field of an unpaged response. */
    <T> Stream<T> all(String path, Map<String, Object> query, String key, Class<T> type) {
        return pages.all(path, query, key, type);
    }

    /**
     * GET an Integration API path and stream the elements of the answer's array field {@code key} as the body
     * arrives ({@link JsonArrayStreamer}): memory stays flat whatever the size. A body that breaks off midway fails
     * the stream. Close the stream to release the connection early.
     */
    <T> Stream<T> stream(String path, Map<String, Object> query, String key, Class<T> type) {
        InputStream body = open("GET", path, query, JSON, null);
        return JsonArrayStreamer.stream(json, body, key, type, e -> errors.brokenBody(pathOf(path), e));
    }

    /**
     * As {@link #stream(String, Map, String, Class)}, each element read by a reader from {@code readers}, parsed on
     * several cores ({@link ParallelArrayStreamer}): for the largest listings, where parsing is most of the work.
     */
    <T> Stream<T> streamInParallel(String path, Map<String, Object> query, String key,
            Supplier<JsonArrayStreamer.ElementReader<T>> readers) {
        InputStream body = open("GET", path, query, JSON, null);
        return ParallelArrayStreamer.stream(json, body, key, readers, e -> errors.brokenBody(pathOf(path), e));
    }

    @Override
    public void close() {
        pages.close();
        idle.close();
        http.close();
        HttpClient client = jdkClient.getAndSet(null);
        if (client != null) {
            HttpClients.stop(client);
        }
    }
}
