package dev.anaplanshell.sandbox.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import tools.jackson.databind.JsonNode;

/**
 * Method + path pattern ({@code /2/0/models/{modelId}/modules}) to handler. Unknown paths are a 404, known paths
 * with another verb a 405, and every {@link ApiException} becomes its error body here. JSON and CSV answers are
 * gzip-compressed when the request accepts it ({@code Accept-Encoding}), as Anaplan's servers do; file content
 * ({@code application/octet-stream}) is sent as it is.
 */
public final class Router implements HttpHandler {

    /** Answers one request; throws {@link ApiException} for the error cases. */
    @FunctionalInterface
    public interface Handler {
        SbResponse handle(SbRequest request);
    }

    private record Route(String method, String[] segments, Handler handler) {
    }

    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final URI baseUrl;
    private final Clock clock;

    public Router(URI baseUrl, Clock clock) {
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    public Router get(String pattern, Handler handler) {
        return route("GET", pattern, handler);
    }

    public Router post(String pattern, Handler handler) {
        return route("POST", pattern, handler);
    }

    public Router route(String method, String pattern, Handler handler) {
        routes.add(new Route(method.toUpperCase(Locale.ROOT), split(pattern), handler));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = normalise(exchange.getRequestURI().getRawPath());
            SbResponse response;
            try {
                response = dispatch(method, path, body, exchange);
            } catch (ApiException e) {
                response = SbResponse.json(e.status(), e.authStatus() != null
                        ? Envelopes.authError(e.authStatus(), e.getMessage())
                        : Envelopes.error(e.status(), e.getMessage(), path, clock.instant()));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "sandbox failed on " + method + " " + path, e);
                response = SbResponse.json(500, Envelopes.error(500, "Internal Server Error", path, clock.instant()));
            }
            write(exchange, method, response, acceptsGzip(exchange.getRequestHeaders().get("Accept-Encoding")));
        }
    }

    private SbResponse dispatch(String method, String path, byte[] body, HttpExchange exchange) {
        String wanted = method.equals("HEAD") ? "GET" : method;
        String[] segments = split(path);
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> params = match(route.segments(), segments);
            if (params == null) {
                continue;
            }
            if (!route.method().equals(wanted)) {
                allowed.add(route.method());
                continue;
            }
            SbRequest request = new SbRequest(method, path, params, query(exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders(), body, baseUrl);
            return route.handler().handle(request);
        }
        if (allowed.isEmpty()) {
            throw ApiException.notFound();
        }
        exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
        throw ApiException.integration(405, "Method Not Allowed");
    }

    private static Map<String, String> match(String[] pattern, String[] actual) {
        if (pattern.length != actual.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{") && p.endsWith("}")) {
                params.put(p.substring(1, p.length() - 1), actual[i]);
            } else if (!p.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }

    private static void write(HttpExchange exchange, String method, SbResponse response, boolean gzip)
            throws IOException {
        response.headers().forEach(exchange.getResponseHeaders()::set);
        if (response.streamed() != null) {
            writeStreamed(exchange, method, response, gzip && compressible(response.streamed().contentType()));
            return;
        }
        JsonNode body = response.body();
        if (body == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        if (gzip) {
            encodedAsGzip(exchange);
        }
        try (OutputStream out = gzip ? new GZIPOutputStream(new SpillingBody(exchange, response.status()), 1 << 16)
                : new SpillingBody(exchange, response.status())) {
            Json.write(body, out);
        }
    }

    private static void writeStreamed(HttpExchange exchange, String method, SbResponse response, boolean gzip)
            throws IOException {
        SbResponse.Streamed streamed = response.streamed();
        exchange.getResponseHeaders().set("Content-Type", streamed.contentType());
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        long length = streamed.length();
        if (length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        SbResponse.Encoded body = new SbResponse.Encoded(length, streamed.writer());
        if (gzip) {
            encodedAsGzip(exchange);
            body = streamed.gzip() != null ? streamed.gzip() : new SbResponse.Encoded(-1, streamed.writer().gzipped());
        }
        exchange.sendResponseHeaders(response.status(), body.length() < 0 ? 0 : body.length());
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 64 * 1024)) {
            body.writer().write(out);
        }
    }

    private static void encodedAsGzip(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
    }

    /** JSON and CSV are compressed; file content and failure dumps (chunks a client downloads) go as they are. */
    static boolean compressible(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/json") || type.startsWith("text/csv");
    }

    /** Whether {@code Accept-Encoding} (all its headers) names gzip, or {@code *}, with a weight above zero. */
    static boolean acceptsGzip(List<String> acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String header : acceptEncoding) {
            for (String coding : header.split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].strip().toLowerCase(Locale.ROOT);
                if (!name.equals("gzip") && !name.equals("x-gzip") && !name.equals("*")) {
                    continue;
                }
                double q = 1;
                for (int i = 1; i < parts.length; i++) {
                    String param = parts[i].strip();
                    if (param.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(param.substring(2).strip());
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                if (q > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Collapses double slashes and drops a trailing slash: liberal in what we accept. */
    static String normalise(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath.replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String[] split(String path) {
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                parts.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return parts.toArray(String[]::new);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (!key.isEmpty()) {
                if (key.equals("pages") && query.containsKey(key)) {
                    query.put(key, query.get(key) + "," + value); // repeated page selectors = the comma form
                } else {
                    query.putIfAbsent(key, value);
                }
            }
        }
        return query;
    }
}
