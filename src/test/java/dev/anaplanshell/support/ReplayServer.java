package dev.anaplanshell.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Answers as Anaplan's servers did: each route serves a response captured from them
 * ({@code src/test/resources/captured/}, see its SOURCE.md) at the path the real service uses. Integration API calls
 * need a token the server has issued; anything unrouted is a 404 with Anaplan's error envelope, and is recorded.
 * <pre>{@code try (ReplayServer anaplan = ReplayServer.seedJob()) { ... anaplan.baseUrl() ... }}</pre>
 */
public final class ReplayServer implements AutoCloseable {

    /** How long a replayed token lives: the captures do not carry the answer's Date, only an absolute expiresAt. */
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(35);
    private static final Pattern EXPIRES_AT = Pattern.compile("\"expiresAt\"\\s*:\\s*\\d+");
    private static final Pattern TOKEN_VALUE = Pattern.compile("\"tokenValue\"\\s*:\\s*\"([^\"]+)\"");

    private record Route(String method, Pattern path, Predicate<Map<String, String>> query, int status,
            String resource, UnaryOperator<String> edit) {
    }

    private final HttpServer server;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> unmatched = new CopyOnWriteArrayList<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();

    private ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A server with no routes yet. */
    public static ReplayServer start() {
        try {
            return new ReplayServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the seed job ({@code login}, {@code use-model NAME}, {@code modules list}, {@code lineitems export})
     * and the bulk listings call, answered with the captures. The models' listing comes in the two captured pages
     * (page 2 repeats two models of page 1); the workspace listing's models carry only {@code id, name,
     * activeState}; the import task announces a failure dump that is not there.
     */
    public static ReplayServer seedJob() {
        ReplayServer s = start();
        s.token("POST", "/token/authenticate", "captured/auth_response.json");
        s.token("POST", "/token/refresh", "captured/auth_refresh_token.json");
        s.status("POST", "/token/logout", 204);
        s.on("GET", "/2/0/users/me", "captured/users_me.json");
        s.on("GET", "/2/0/workspaces", "captured/list_of_workspaces_response.json");
        s.on("GET", "/2/0/models", q -> "0".equals(q.getOrDefault("offset", "0")), "captured/page1_response.json");
        s.on("GET", "/2/0/models", q -> "4".equals(q.get("offset")), "captured/page2_response.json");
        s.on("GET", "/2/0/workspaces/testWorkspaceNameOrId/models", "captured/list_of_models_response.json");
        s.on("GET", "/2/0/workspaces/[^/]+/models", "captured/empty_response.json");
        s.on("GET", "/2/0/models/testModelGuid", "captured/model_response.json");
        s.on("GET", "/2/0/models/[^/]+/modules", "captured/list_of_modules_response.json");
        s.on("GET", "/2/0/models/[^/]+/lineItems", "replay/line_items_include_all.json");
        String model = "/2/0/workspaces/[^/]+/models/[^/]+";
        s.on("GET", model + "/files", "captured/list_of_files_response.json");
        s.on("GET", model + "/imports", "captured/list_of_imports_response.json");
        s.on("GET", model + "/exports", "captured/list_of_exports_response.json");
        s.on("GET", model + "/processes", "captured/list_of_processes_response.json");
        s.on("GET", model + "/actions", "captured/list_of_actions_response.json");
        s.on("POST", model + "/(imports|processes)/[^/]+/tasks", "captured/create_task_response.json");
        s.on("GET", model + "/imports/[^/]+/tasks/task-id", "captured/task_success_response.json");
        s.on("GET", model + "/processes/[^/]+/tasks/task-id", "captured/process_success_response.json");
        return s;
    }

    /** Serves {@code resource} for {@code method} on paths matching {@code pathRegex} (checked in order added). */
    public ReplayServer on(String method, String pathRegex, String resource) {
        return on(method, pathRegex, q -> true, resource);
    }

    /** As {@link #on(String, String, String)}, only when the query matches. */
    public ReplayServer on(String method, String pathRegex, Predicate<Map<String, String>> query, String resource) {
        routes.add(new Route(method, Pattern.compile(pathRegex), query, 200, resource, UnaryOperator.identity()));
        return this;
    }

    /**
     * As {@link #on(String, String, Predicate, String)}, the capture edited by {@code edit} (a test's variation on
     * it), and ahead of the routes added before.
     */
    public ReplayServer on(String method, String pathRegex, Predicate<Map<String, String>> query, String resource,
            UnaryOperator<String> edit) {
        routes.add(0, new Route(method, Pattern.compile(pathRegex), query, 200, resource, edit));
        return this;
    }

    /** Answers {@code status} with an empty body. */
    public ReplayServer status(String method, String pathRegex, int status) {
        routes.add(new Route(method, Pattern.compile(pathRegex), q -> true, status, null, UnaryOperator.identity()));
        return this;
    }

    /**
     * Serves an authentication answer whose {@code expiresAt} is {@code expiresAt} (by this machine's clock, which
     * is also the answer's {@code Date}); the captured value dates from 2017. Its token is accepted from then on.
     */
    public ReplayServer token(String method, String path, String resource, Instant expiresAt) {
        routes.add(0, new Route(method, Pattern.compile(path), q -> true, 200, resource,
                body -> EXPIRES_AT.matcher(body).replaceFirst("\"expiresAt\": " + expiresAt.toEpochMilli())));
        return this;
    }

    private void token(String method, String path, String resource) {
        routes.add(new Route(method, Pattern.compile(path), q -> true, 200, resource,
                body -> EXPIRES_AT.matcher(body).replaceFirst("\"expiresAt\": "
                        + Instant.now().plus(TOKEN_LIFETIME).toEpochMilli())));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How often {@code METHOD path} (exact path, no query) was called. */
    public int hits(String method, String path) {
        AtomicInteger n = hits.get(method + " " + path);
        return n == null ? 0 : n.get();
    }

    /** The requests no route answered, as {@code METHOD path?query}. */
    public List<String> unmatched() {
        return List.copyOf(unmatched);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            hits.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
            if (path.startsWith("/2/0/") && !authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"status\":{\"code\":401,\"message\":\"Unauthorized\"}}");
                return;
            }
            Map<String, String> query = query(uri.getRawQuery());
            for (Route r : routes) {
                Matcher m = r.path().matcher(path);
                if (r.method().equals(method) && m.matches() && r.query().test(query)) {
                    if (r.resource() == null) {
                        exchange.sendResponseHeaders(r.status(), -1);
                        return;
                    }
                    String body = r.edit().apply(resource(r.resource()));
                    Matcher token = TOKEN_VALUE.matcher(body);
                    if (path.startsWith("/token/") && token.find()) {
                        tokens.add(token.group(1));
                    }
                    send(exchange, r.status(), body);
                    return;
                }
            }
            unmatched.add(method + " " + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            send(exchange, 404, "{\"status\":{\"code\":404,\"message\":\"Not Found\"}}");
        }
    }

    private boolean authorised(String header) {
        return header != null && header.startsWith("AnaplanAuthToken ")
                && tokens.contains(header.substring("AnaplanAuthToken ".length()));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReplayServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                q.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return q;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
