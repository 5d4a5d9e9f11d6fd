package dev.anaplanshell.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import kong.unirest.core.Config;
import kong.unirest.core.HttpRequest;
import kong.unirest.core.HttpResponse;
import kong.unirest.core.UnirestException;
import kong.unirest.core.UnirestInstance;
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
    private final JsonMapper json;
    private final ApiErrors errors;
    private final Endpoints endpoints;
    private final TokenSource tokens;

    Transport(Endpoints endpoints, TokenSource tokens, String userAgent) {
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.errors = new ApiErrors(json);
        Config config = new Config()
                .connectTimeout(10_000)
                .requestTimeout(120_000)
                .setDefaultHeader("User-Agent", userAgent)
                .setDefaultHeader("Accept", "application/json");
        this.http = new UnirestInstance(config);
    }

    JsonMapper json() {
        return json;
    }

    Endpoints endpoints() {
        return endpoints;
    }

    /** GET an Integration API path with the session's token. */
    JsonNode get(String path, Map<String, Object> query) {
        String url = endpoints.api(path);
        HttpRequest<?> request = http.get(url).queryString(query)
                .header("Authorization", "AnaplanAuthToken " + tokens.token());
        return send(request, url);
    }

    /** POST a JSON body (a record or map) to an Integration API path. */
    JsonNode post(String path, Object body) {
        String url = endpoints.api(path);
        HttpRequest<?> request = http.post(url).header("Authorization", "AnaplanAuthToken " + tokens.token())
                .header("Content-Type", "application/json").body(json.writeValueAsString(body));
        return send(request, url);
    }

    /** PUT raw bytes ({@code application/octet-stream}, or {@code application/x-gzip} for a gzipped chunk). */
    JsonNode put(String path, byte[] body, String contentType) {
        String url = endpoints.api(path);
        HttpRequest<?> request = http.put(url).header("Authorization", "AnaplanAuthToken " + tokens.token())
                .header("Content-Type", contentType).body(body);
        return send(request, url);
    }

    JsonNode delete(String path) {
        String url = endpoints.api(path);
        HttpRequest<?> request = http.delete(url).header("Authorization", "AnaplanAuthToken " + tokens.token());
        return send(request, url);
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
        String url = endpoints.api(path);
        URI uri = URI.create(url);
        AtomicReference<AnaplanApiException> failure = new AtomicReference<>();
        AtomicReference<IOException> ioFailure = new AtomicReference<>();
        AtomicLong written = new AtomicLong();
        try {
            http.get(url).header("Authorization", "AnaplanAuthToken " + tokens.token())
                    .header("Accept", "application/octet-stream, text/plain, */*")
                    .thenConsume(raw -> {
                        if (raw.getStatus() < 200 || raw.getStatus() >= 300) {
                            failure.set(errors.fromResponse(raw.getStatus(), raw.getStatusText(),
                                    raw.getContentAsString(), uri.getPath()));
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
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (ioFailure.get() != null) {
            throw new UncheckedIOException(ioFailure.get());
        }
        return written.get();
    }

    /** A call to the authentication service with an explicit Authorization header (Basic, token...). */
    JsonNode auth(String method, String path, String authorization) {
        String url = endpoints.auth(path);
        HttpRequest<?> request = http.request(method, url)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json");
        return send(request, url);
    }

    <T> T convert(JsonNode node, Class<T> type) {
        return json.treeToValue(node, type);
    }

    /**
     * Follows {@code meta.paging} of a collection lazily, {@value #PAGE_SIZE} rows a request.
     *
     * @param key the collection's field, e.g. {@code models}; a missing key is an empty page
     */
    <T> Stream<T> pages(String path, Map<String, Object> query, String key, Class<T> type) {
        Iterator<T> rows = new Iterator<>() {
            private Iterator<JsonNode> page = List.<JsonNode>of().iterator();
            private int offset = 0;
            private boolean last = false;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last) {
                    fetch();
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

            private void fetch() {
                Map<String, Object> q = new LinkedHashMap<>(query);
                q.put("offset", offset);
                q.put("limit", PAGE_SIZE);
                JsonNode body = get(path, q);
                JsonNode items = body.path(key);
                page = items.isArray() ? items.iterator() : List.<JsonNode>of().iterator();
                int count = items.isArray() ? items.size() : 0;
                JsonNode paging = body.path("meta").path("paging");
                offset += count;
                int total = paging.path("totalSize").asInt(-1);
                last = count == 0 || (total >= 0 ? offset >= total : count < PAGE_SIZE);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false);
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

    private JsonNode send(HttpRequest<?> request, String url) {
        URI uri = URI.create(url);
        HttpResponse<String> response;
        try {
            response = request.asString();
        } catch (UnirestException e) {
            throw errors.fromFailure(e, uri);
        }
        String body = response.getBody();
        if (!response.isSuccess()) {
            throw errors.fromResponse(response.getStatus(), response.getStatusText(), body, uri.getPath());
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
        http.close();
    }
}
