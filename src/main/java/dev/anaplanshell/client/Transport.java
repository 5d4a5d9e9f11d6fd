package dev.anaplanshell.client;

import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
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

    private final UnirestInstance http;
    private final JsonMapper json;
    private final ApiErrors errors;
    private final AtomicReference<Endpoints> endpoints;
    private final TokenSource tokens;
    private final HttpTrace trace;

    Transport(Endpoints endpoints, TokenSource tokens, String userAgent, HttpTrace trace) {
        this.endpoints = new AtomicReference<>(endpoints);
        this.tokens = tokens;
        this.trace = trace;
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
        return endpoints.get();
    }

    void useEndpoints(Endpoints newEndpoints) {
        endpoints.set(newEndpoints);
    }

    /** GET an Integration API path with the session's token. */
    JsonNode get(String path, Map<String, Object> query) {
        String url = endpoints().api(path);
        return withToken(token -> send(http.get(url).queryString(query)
                .header("Authorization", "AnaplanAuthToken " + token), url, false));
    }

    /**
     * The one place a rejected token is renewed: a call answered 401 asks the token source for a new token once
     * (refresh or a new login with the session's credentials) and is made again with it.
     */
    private JsonNode withToken(Function<String, JsonNode> call) {
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

    /** A call to the authentication service with an explicit Authorization header (Basic, token...). */
    JsonNode auth(String method, String path, String authorization) {
        return auth(method, path, authorization, null);
    }

    /** The same with a JSON body (certificate login). */
    JsonNode auth(String method, String path, String authorization, String jsonBody) {
        String url = endpoints().auth(path);
        HttpRequest<?> request = http.request(method, url)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json");
        if (jsonBody != null) {
            request = ((kong.unirest.core.HttpRequestWithBody) request).body(jsonBody);
        }
        trace.request(method, url, authorization, jsonBody, true);
        return send(request, url, true);
    }

    /** POST a JSON body to the OAuth service (no Authorization header: the body carries the grant). */
    JsonNode oauth(String path, Object body) {
        String url = endpoints().oauth(path);
        String text = json.writeValueAsString(body);
        trace.request("POST", url, null, text, true);
        return send(http.post(url).header("Content-Type", "application/json").body(text), url, true);
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

    private JsonNode send(HttpRequest<?> request, String url, boolean secretBodies) {
        URI uri = URI.create(url);
        if (!secretBodies) {
            trace.request(request.getHttpMethod().name(), request.getUrl(), "AnaplanAuthToken", null, false);
        }
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = request.asString();
        } catch (UnirestException e) {
            trace.failure(e);
            throw errors.fromFailure(e, uri);
        }
        String body = response.getBody();
        trace.response(response.getStatus(), (System.nanoTime() - start) / 1_000_000, body, secretBodies);
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
