package dev.anaplanshell.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import kong.unirest.core.Config;
import kong.unirest.core.HttpRequest;
import kong.unirest.core.HttpResponse;
import kong.unirest.core.UnirestException;
import kong.unirest.core.UnirestInstance;
import kong.unirest.core.java.JavaClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP for every resource class: one {@link UnirestInstance}, JSON in and out, errors through {@link ApiErrors},
 * paging through {@link #pages}.
 */
final class Transport implements AutoCloseable {

    static final int PAGE_SIZE = 5000;

    static {
        // The JDK client reads bodies in 16 KB buffers, each through its whole reactive pipeline: 10 MB chunks go
        // several times faster in 256 KB ones (docs/bulk.md, benchmark). Must be set before the first client is built.
        if (System.getProperty("jdk.httpclient.bufsize") == null) {
            System.setProperty("jdk.httpclient.bufsize", String.valueOf(256 * 1024));
        }
    }

    private final UnirestInstance http;
    /** The JDK client under {@link #http}, once Unirest has made it (on the first request): stopped at close. */
    private final AtomicReference<HttpClient> jdkClient = new AtomicReference<>();
    /** The JDK's TLS context, made at the first https connection rather than with the client. */
    private final DeferredTls tls = DeferredTls.jdkDefault();
    private final JsonMapper json;
    private final ApiErrors errors;
    private final AtomicReference<Endpoints> endpoints;
    private final TokenSource tokens;
    private final HttpTrace trace;
    private final RetryPolicy retries;
    private final RateLimiter rateLimit;
    private final ProxySettings proxy;
    /** The {@code Date} header of the last answer of the authentication service: its clock, for token lifetimes. */
    private final AtomicReference<String> authDate = new AtomicReference<>();
    /** Fetches the next page while the caller works through the current one; daemon threads, made on demand. */
    private final ExecutorService prefetch = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "anaplan-page-ahead");
        t.setDaemon(true);
        return t;
    });

    Transport(Endpoints endpoints, TokenSource tokens, String userAgent, HttpTrace trace) {
        this(endpoints, tokens, userAgent, trace, HttpSettings.DEFAULTS, Sleeper.REAL);
    }

    /** @param sleeper how retries and the rate limit wait (tests record instead of sleeping) */
    Transport(Endpoints endpoints, TokenSource tokens, String userAgent, HttpTrace trace, HttpSettings settings,
            Sleeper sleeper) {
        this.endpoints = new AtomicReference<>(endpoints);
        this.tokens = tokens;
        this.trace = trace;
        this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.errors = new ApiErrors(json);
        this.retries = new RetryPolicy(settings.maxRetries(), sleeper, Math::random, errors);
        this.rateLimit = new RateLimiter(settings.requestsPerMinute(), System::nanoTime, sleeper);
        Config config = new Config()
                .connectTimeout((int) settings.connectTimeout().toMillis())
                .requestTimeout((int) settings.readTimeout().toMillis())
                .setDefaultHeader("User-Agent", userAgent)
                .setDefaultHeader("Accept", "application/json")
                .sslContext(tls);
        this.proxy = settings.proxy();
        proxy.apply(config);
        config.httpClient(cfg -> {
            HttpClients.readInLargeBuffers();
            JavaClient client = new JavaClient(cfg);
            jdkClient.set(client.getClient());
            return client;
        });
        this.http = new UnirestInstance(config);
    }

    /** The {@code Date} header of the authentication service's last answer; null when it sent none. */
    String lastAuthDate() {
        return authDate.get();
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

    /** GET an Integration API path with the session's token. */
    JsonNode get(String path, Map<String, Object> query) {
        return send("GET", path, query, null);
    }

    /** Any verb on an Integration API path, with a JSON body when {@code body} is not null; the JSON answer. */
    JsonNode send(String method, String path, Map<String, Object> query, Object body) {
        String url = endpoints().api(path);
        RetryPolicy.Idempotency idempotency = idempotency(method);
        return withToken(token -> send(request(method, url, query, body, token), url, false, idempotency));
    }

    /** GET, HEAD and PUT may be repeated; any other verb may have been applied once sent. */
    private static RetryPolicy.Idempotency idempotency(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("PUT")
                ? RetryPolicy.Idempotency.IDEMPOTENT : RetryPolicy.Idempotency.NOT_IDEMPOTENT;
    }

    /** POST a JSON body (a record or map) to an Integration API path. */
    JsonNode post(String path, Object body) {
        return send("POST", path, Map.of(), body);
    }

    /** PUT raw bytes ({@code application/octet-stream}, or {@code application/x-gzip} for a gzipped chunk). */
    JsonNode put(String path, byte[] body, String contentType) {
        String url = endpoints().api(path);
        return withToken(token -> send(http.put(url).header("Authorization", "AnaplanAuthToken " + token)
                .header("Content-Type", contentType).body(body), url, false, RetryPolicy.Idempotency.IDEMPOTENT));
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
    long download(String path, java.util.function.LongFunction<OutputStream> sink) {
        String url = endpoints().api(path);
        return withToken(token -> retries.call(RetryPolicy.Idempotency.IDEMPOTENT, () -> download(url, token, sink)));
    }

    private long download(String url, String token, java.util.function.LongFunction<OutputStream> sink) {
        URI uri = URI.create(url);
        AtomicReference<AnaplanApiException> failure = new AtomicReference<>();
        AtomicReference<IOException> ioFailure = new AtomicReference<>();
        AtomicLong written = new AtomicLong();
        trace.request("GET", url, "AnaplanAuthToken", null, false);
        try {
            rateLimit.acquire();
            kong.unirest.core.GetRequest request = http.get(url).header("Authorization", "AnaplanAuthToken " + token);
            proxy.authorization(uri).ifPresent(basic -> request.headerReplace("Proxy-Authorization", basic));
            request
                    .header("Accept", "application/octet-stream, text/plain, */*")
                    .thenConsume(raw -> {
                        if (raw.getStatus() < 200 || raw.getStatus() >= 300) {
                            failure.set(errors.fromResponse(raw.getStatus(), raw.getStatusText(),
                                    raw.getContentAsString(), uri.getPath(), RetryPolicy.retryAfter(
                                            raw.getHeaders().getFirst("Retry-After"), Clock.systemUTC())));
                            return;
                        }
                        String length = raw.getHeaders().getFirst("Content-Length");
                        long size = length == null || length.isBlank() ? -1 : Long.parseLong(length.strip());
                        try (InputStream in = raw.getContent()) {
                            written.set(in.transferTo(sink.apply(size)));
                        } catch (IOException e) {
                            ioFailure.set(e);
                        }
                    });
        } catch (UnirestException e) {
            throw errors.fromFailure(e, uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.fromFailure(e, uri);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (ioFailure.get() != null) {
            throw new UncheckedIOException(ioFailure.get());
        }
        return written.get();
    }

    /**
     * The one place a rejected token is renewed: a call answered 401 asks the token source for a new token once
     * (refresh or a new login with the session's credentials) and is made again with it.
     */
    private <R> R withToken(Function<String, R> call) {
        String token = tokens.token();
        try {
            return call.apply(token);
        } catch (AnaplanApiException.Unauthorized e) {
            String renewed = tokens.renew(token);
            if (renewed == null) {
                throw e;
            }
            return call.apply(renewed);
        }
    }

    /**
     * Opens the body of a successful answer as a stream, without buffering it (CSV pages, large JSON bodies): the
     * caller reads and closes it. Error statuses and network failures throw as {@link #send} does.
     *
     * @param accept the {@code Accept} header, e.g. {@code text/csv}
     */
    InputStream open(String method, String path, Map<String, Object> query, String accept, Object body) {
        String url = endpoints().api(path);
        return withToken(token -> retries.call(idempotency(method),
                () -> open(request(method, url, query, body, token).headerReplace("Accept", accept), url)));
    }

    private InputStream open(HttpRequest<?> request, String url) {
        URI uri = URI.create(url);
        trace.request(request.getHttpMethod().name(), request.getUrl(), "AnaplanAuthToken", null, false);
        proxy.authorization(uri).ifPresent(basic -> request.headerReplace("Proxy-Authorization", basic));
        HttpResponse<Opened> response;
        try {
            rateLimit.acquire();
            response = request.asObject(raw -> {
                if (raw.getStatus() >= 200 && raw.getStatus() < 300) {
                    return new Opened(raw.getContent(), null);
                }
                return new Opened(null, errors.fromResponse(raw.getStatus(), raw.getStatusText(),
                        raw.getContentAsString(), uri.getPath(), RetryPolicy.retryAfter(
                                raw.getHeaders().getFirst("Retry-After"), Clock.systemUTC())));
            });
        } catch (UnirestException e) {
            throw errors.fromFailure(e, uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.fromFailure(e, uri);
        }
        Opened opened = response.getBody();
        if (opened == null) {
            throw errors.fromFailure(response.getParsingError().map(Throwable.class::cast)
                    .orElse(new IllegalStateException("no body")), uri);
        }
        if (opened.error() != null) {
            throw opened.error();
        }
        return opened.body();
    }

    private record Opened(InputStream body, AnaplanApiException error) {
    }

    private HttpRequest<?> request(String method, String url, Map<String, Object> query, Object body, String token) {
        if (body == null) {
            return http.request(method, url).queryString(query).header("Authorization", "AnaplanAuthToken " + token);
        }
        return http.request(method, url).queryString(query)
                .header("Authorization", "AnaplanAuthToken " + token)
                .header("Content-Type", "application/json")
                .body(json.writeValueAsString(body));
    }

    /** A call to the authentication service with an explicit Authorization header (Basic, token...). */
    JsonNode auth(String method, String path, String authorization) {
        return auth(method, path, authorization, null, RetryPolicy.Idempotency.NOT_IDEMPOTENT);
    }

    /** As {@link #auth(String, String, String)}, retried like a GET when repeating it is harmless. */
    JsonNode auth(String method, String path, String authorization, RetryPolicy.Idempotency idempotency) {
        return auth(method, path, authorization, null, idempotency);
    }

    /** The same with a JSON body (certificate login). */
    JsonNode auth(String method, String path, String authorization, String jsonBody,
            RetryPolicy.Idempotency idempotency) {
        String url = endpoints().auth(path);
        HttpRequest<?> request = http.request(method, url)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json");
        if (jsonBody != null) {
            request = ((kong.unirest.core.HttpRequestWithBody) request).body(jsonBody);
        }
        trace.request(method, url, authorization, jsonBody, true);
        return send(request, url, true, idempotency);
    }

    /** POST a JSON body to the OAuth service (no Authorization header: the body carries the grant). */
    JsonNode oauth(String path, Object body) {
        String url = endpoints().oauth(path);
        String text = json.writeValueAsString(body);
        trace.request("POST", url, null, text, true);
        return send(http.post(url).header("Content-Type", "application/json").body(text), url, true,
                RetryPolicy.Idempotency.NOT_IDEMPOTENT);
    }

    <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JacksonException e) {
            throw errors.unexpectedShape(type.getSimpleName());
        }
    }

    /**
     * Follows {@code meta.paging} of a collection lazily, {@value #PAGE_SIZE} rows a request. A row whose id an
     * earlier page brought already is left out (first occurrence wins, order kept); an empty page ends the listing,
     * and so do a page of nothing but such repeats and the page past {@code totalSize / page size + 1}.
     *
     * @param key the collection's field, e.g. {@code models}; a missing key is an empty page
     */
    <T> Stream<T> pages(String path, Map<String, Object> query, String key, Class<T> type) {
        return pages(path, query, key, type, PAGE_SIZE);
    }

    /**
     * As {@link #pages(String, Map, String, Class)} with another page size (tests use small pages). While the
     * caller works through one page, the next one is already being fetched.
     */
    <T> Stream<T> pages(String path, Map<String, Object> query, String key, Class<T> type, int pageSize) {
        PageAhead ahead = new PageAhead(path, query, key, pageSize);
        Iterator<T> rows = new Iterator<>() {
            private Iterator<JsonNode> page = List.<JsonNode>of().iterator();

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && ahead.more()) {
                    page = ahead.next();
                }
                return page.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return convert(page.next(), type);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(ahead::cancel);
    }

    /** Pages of a collection in order, each next one requested as soon as the previous one has arrived. */
    private final class PageAhead {
        private final String path;
        private final Map<String, Object> query;
        private final String key;
        private final int pageSize;
        private CompletableFuture<JsonNode> pending;
        private int offset;
        private boolean last;
        private long fetched;
        /** The ids of the rows handed out so far: a row a later page repeats is left out. */
        private final Set<String> seen = new HashSet<>();
        /** At most totalSize / page size + 1 pages, whatever later pages claim (a hostile totalSize ends here). */
        private long maxPages = Long.MAX_VALUE;

        PageAhead(String path, Map<String, Object> query, String key, int pageSize) {
            this.path = path;
            this.query = query;
            this.key = key;
            this.pageSize = pageSize;
        }

        boolean more() {
            return !last;
        }

        Iterator<JsonNode> next() {
            JsonNode body = pending != null ? await(pending) : get(path, pageQuery());
            pending = null;
            JsonNode items = body.path(key);
            int count = items.isArray() ? items.size() : 0;
            offset += count;
            long total = body.path("meta").path("paging").path("totalSize").asLong(-1);
            if (++fetched == 1 && total >= 0) {
                // the page size the server applies may be below the one asked for (captured live pages of 4)
                maxPages = total / Math.max(1, Math.min(pageSize, count)) + 1;
            }
            List<JsonNode> fresh = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String id = rowId(items.get(i));
                if (id == null || seen.add(id)) {
                    fresh.add(items.get(i));
                }
            }
            // a page of nothing but rows seen already is a server going round in circles
            last = count == 0 || fresh.isEmpty() || fetched >= maxPages
                    || (total >= 0 ? offset >= total : count < pageSize);
            if (!last) {
                Map<String, Object> q = pageQuery();
                pending = CompletableFuture.supplyAsync(() -> get(path, q), prefetch);
            }
            return fresh.iterator();
        }

        void cancel() {
            last = true;
            if (pending != null) {
                pending.cancel(false);
            }
        }

        private Map<String, Object> pageQuery() {
            Map<String, Object> q = new LinkedHashMap<>(query);
            q.put("offset", offset);
            q.put("limit", pageSize);
            return q;
        }

        private JsonNode await(CompletableFuture<JsonNode> page) {
            try {
                return page.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    /**
     * What identifies a row of a paged collection: its {@code id} ({@code taskId} for tasks); null when it has
     * neither. Live paging is by offset over a set that may change between pages, so a later page may repeat a row.
     */
    private static String rowId(JsonNode row) {
        JsonNode id = row.path("id");
        if (id.isMissingNode() || id.isNull()) {
            id = row.path("taskId");
        }
        return id.isValueNode() && !id.isNull() ? id.asString() : null;
    }

    /** Every element of an array field of an unpaged response. */
    <T> Stream<T> all(String path, Map<String, Object> query, String key, Class<T> type) {
        JsonNode items = get(path, query).path(key);
        if (!items.isArray()) {
            return Stream.empty();
        }
        Function<JsonNode, T> mapper = n -> convert(n, type);
        return StreamSupport.stream(items.spliterator(), false).map(mapper);
    }

    /**
     * GET an Integration API path and stream the elements of the answer's array field {@code key} as the body
     * arrives ({@link JsonArrayStreamer}): memory stays flat whatever the size. Errors go through {@link ApiErrors}
     * (an error body is small and read whole); a body that breaks off midway fails the stream. Close the stream to
     * release the connection early.
     */
    <T> Stream<T> stream(String path, Map<String, Object> query, String key, Class<T> type) {
        InputStream body = open("GET", path, query, "application/json", null);
        String where = URI.create(endpoints().api(path)).getPath();
        return JsonArrayStreamer.stream(json, body, key, type, e -> errors.brokenBody(where, e));
    }

    /**
     * As {@link #stream(String, Map, String, Class)}, each element read by a reader from {@code readers}, parsed on
     * several cores ({@link ParallelArrayStreamer}): for the largest listings, where parsing is most of the work.
     */
    <T> Stream<T> streamInParallel(String path, Map<String, Object> query, String key,
            Supplier<JsonArrayStreamer.ElementReader<T>> readers) {
        InputStream body = open("GET", path, query, "application/json", null);
        String where = URI.create(endpoints().api(path)).getPath();
        return ParallelArrayStreamer.stream(json, body, key, readers, e -> errors.brokenBody(where, e));
    }

    /** Sends a request, retried per {@link RetryPolicy} as {@code idempotency} allows. */
    private JsonNode send(HttpRequest<?> request, String url, boolean secretBodies,
            RetryPolicy.Idempotency idempotency) {
        return retries.call(idempotency, () -> once(request, url, secretBodies));
    }

    private JsonNode once(HttpRequest<?> request, String url, boolean secretBodies) {
        URI uri = URI.create(url);
        proxy.authorization(uri).ifPresent(basic -> request.headerReplace("Proxy-Authorization", basic));
        if (!secretBodies) {
            trace.request(request.getHttpMethod().name(), request.getUrl(), "AnaplanAuthToken", null, false);
        }
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            rateLimit.acquire();
            response = request.asString();
        } catch (UnirestException e) {
            trace.failure(e);
            throw errors.fromFailure(e, uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.fromFailure(e, uri);
        }
        String body = response.getBody();
        if (secretBodies) {
            authDate.set(response.getHeaders().getFirst("Date"));
        }
        trace.response(response.getStatus(), (System.nanoTime() - start) / 1_000_000, body, secretBodies);
        if (!response.isSuccess()) {
            throw errors.fromResponse(response.getStatus(), response.getStatusText(), body, uri.getPath(),
                    RetryPolicy.retryAfter(response.getHeaders().getFirst("Retry-After"), Clock.systemUTC()));
        }
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw errors.notJson(response.getStatus(), uri.getPath());
        }
    }

    @Override
    public void close() {
        prefetch.shutdownNow();
        http.close();
        HttpClient client = jdkClient.getAndSet(null);
        if (client != null) {
            HttpClients.stop(client);
        }
    }
}
