package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.client.HttpTrace;
import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.support.TestCertificates;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A hostile server on 127.0.0.1: redirects to another host, bodies that stall, trickle, break off, inflate or are
 * empty, null entries, a login without a token, a TLS certificate nobody trusts. Every case ends in one line and
 * exit 5, in about the read timeout, with no credentials sent anywhere but the configured host.
 */
class HostileServerTest {

    private static final String MODELS = "{\"meta\":{\"paging\":{\"totalSize\":1}},\"models\":[{\"id\":\"M1\",\"name\":\"One\"}]}";

    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
    private final List<ServerSocket> sockets = new CopyOnWriteArrayList<>();
    private final List<AnaplanClient> clients = new CopyOnWriteArrayList<>();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    /** The Authorization header of every request each server received, by server port. */
    private final Map<Integer, List<String>> seen = new ConcurrentHashMap<>();

    @AfterEach
    void stop() throws IOException {
        clients.forEach(AnaplanClient::close);
        servers.forEach(s -> s.stop(0));
        for (ServerSocket s : sockets) {
            s.close();
        }
    }

    private record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer json(String body) {
            return new Answer(200, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
        }

        static Answer redirect(int status, String location) {
            return new Answer(status, Map.of("Location", location), new byte[0]);
        }
    }

    /** A well-formed HTTP server answering each path as {@code answers} says; 404 otherwise. */
    private URI serve(Map<String, Answer> answers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = server.getAddress().getPort();
        seen.put(port, new CopyOnWriteArrayList<>());
        server.createContext("/", exchange -> {
            seen.get(port).add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            Answer a = answers.getOrDefault(exchange.getRequestURI().getPath(),
                    new Answer(404, Map.of(), new byte[0]));
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(a.body());
            }
        });
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + port);
    }

    /** What a raw server does with one connection, after reading the request's head. */
    @FunctionalInterface
    private interface Behaviour {
        void answer(OutputStream out, InputStream in) throws IOException, InterruptedException;
    }

    /** A server that writes bytes as {@code behaviour} says, for byte-level faults; counts connections. */
    private URI serveRaw(AtomicInteger requests, Behaviour behaviour) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        sockets.add(server);
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    requests.incrementAndGet();
                    Thread t = new Thread(() -> {
                        try (socket) {
                            InputStream in = socket.getInputStream();
                            readHead(in);
                            behaviour.answer(socket.getOutputStream(), in);
                        } catch (IOException | InterruptedException e) {
                            // the client went away: what a hostile server expects
                        }
                    });
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int b = in.read(); b >= 0 && matched < 4; b = in.read()) {
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == 4) {
                return;
            }
        }
    }

    private static byte[] head(String... lines) {
        return (String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private AnaplanClient client(URI url, HttpSettings http) {
        return client(url, http, HttpTrace.off());
    }

    private AnaplanClient client(URI url, HttpSettings http, HttpTrace trace) {
        AnaplanClient client = new AnaplanClient(Endpoints.sameHost(url), () -> "secret-token", "test", trace, http,
                waits::add);
        clients.add(client);
        return client;
    }

    private static ErrorHandler.Failure failure(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return new ErrorHandler(false).describe(e);
        }
        throw new AssertionError("no failure");
    }

    @Test
    void should_refuse_a_redirect_to_another_host_and_never_send_it_the_token() throws IOException {
        URI other = serve(Map.of("/2/0/models", Answer.json(MODELS)));
        URI configured = serve(Map.of("/2/0/models", Answer.redirect(302, other + "/2/0/models")));
        AnaplanClient client = client(configured, HttpSettings.DEFAULTS);

        ErrorHandler.Failure f = failure(() -> client.models().list().toList());

        assertThat(f.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(f.message()).contains("redirected to " + other + "/2/0/models, another host: not followed");
        assertThat(seen.get(other.getPort())).isEmpty();
        assertThat(waits).as("not retried").isEmpty();
    }

    @Test
    void should_follow_no_redirect_for_a_login_and_send_the_password_nowhere_else() throws IOException {
        URI other = serve(Map.of("/token/authenticate", Answer.json("{\"tokenInfo\":{\"tokenValue\":\"t\"}}")));
        URI configured = serve(Map.of("/token/authenticate", Answer.redirect(307, other + "/token/authenticate")));
        AnaplanClient client = client(configured, HttpSettings.DEFAULTS);

        ErrorHandler.Failure f = failure(() -> client.auth().authenticateBasic("user", "password".toCharArray()));

        assertThat(f.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(f.message()).contains("redirected to " + other + "/token/authenticate")
                .contains("not followed for the authentication service");
        assertThat(seen.get(other.getPort())).isEmpty();
    }

    @Test
    void should_follow_a_redirect_on_the_same_host_with_the_token() throws IOException {
        Map<String, Answer> answers = new ConcurrentHashMap<>();
        URI configured = serve(answers);
        answers.put("/2/0/models", Answer.redirect(301, configured + "/2/0/moved"));
        answers.put("/2/0/moved", Answer.json(MODELS));
        AnaplanClient client = client(configured, HttpSettings.DEFAULTS);

        assertThat(client.models().list().map(Model::id).toList()).containsExactly("M1");
        assertThat(seen.get(configured.getPort())).containsExactly("AnaplanAuthToken secret-token",
                "AnaplanAuthToken secret-token");
    }

    @Test
    void should_give_up_on_a_body_that_trickles_in_about_the_read_timeout() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        URI url = serveRaw(requests, (out, in) -> {
            out.write(head("HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Length: 100000"));
            out.write("{\"models\":[".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100_000; i++) {
                out.write(' ');
                out.flush();
                Thread.sleep(50); // the hostile server's pace: 20 bytes a second
            }
        });
        AnaplanClient client = client(url, HttpSettings.builder().maxRetries(0)
                .timeouts(Duration.ofSeconds(2), Duration.ofMillis(600)).build());

        ErrorHandler.Failure f = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> failure(() -> client.models().list().toList()));

        assertThat(f).isEqualTo(new ErrorHandler.Failure(ExitCodes.UNAVAILABLE, "service unavailable: the answer to "
                + "GET /2/0/models stalled: less than 1024 bytes within the read timeout"));
    }

    @Test
    void should_give_up_on_a_held_connection_in_about_the_read_timeout() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        URI url = serveRaw(requests, (out, in) -> {
            out.write(head("HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Length: 100000000"));
            out.write("{\"models\":[".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            in.read(); // held until the client gives up
        });
        AnaplanClient client = client(url, HttpSettings.builder().maxRetries(1)
                .timeouts(Duration.ofSeconds(2), Duration.ofMillis(500)).build());

        ErrorHandler.Failure f = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> failure(() -> client.models().list().toList()));

        assertThat(f.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(f.message()).contains("stalled").endsWith("(gave up after 1 retry)");
        assertThat(requests).hasValue(2);
    }

    @Test
    void should_also_give_up_on_a_stalled_export_stream_in_about_the_read_timeout() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        URI url = serveRaw(requests, (out, in) -> {
            out.write(head("HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Length: 2000000000"));
            out.write("{\"items\":[{\"id\":\"1\",\"name\":\"a\"},".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            in.read();
        });
        AnaplanClient client = client(url, HttpSettings.builder().maxRetries(0)
                .timeouts(Duration.ofSeconds(2), Duration.ofMillis(500)).build());

        ErrorHandler.Failure f = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> failure(() -> client.lineItems().list("M").toList()));

        assertThat(f).isEqualTo(new ErrorHandler.Failure(ExitCodes.UNAVAILABLE,
                "service unavailable: the answer stalled: less than 1024 bytes within the read timeout"));
    }

    @Test
    void should_retry_a_json_body_cut_off_midway_then_exit_5() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        URI url = serveRaw(requests, (out, in) -> {
            out.write(head("HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Length: 1000"));
            out.write("{\"models\":[{\"id\":\"M1\",\"na".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        });
        AnaplanClient client = client(url, HttpSettings.builder().maxRetries(2).build());

        assertThat(failure(() -> client.models().list().toList())).isEqualTo(new ErrorHandler.Failure(
                ExitCodes.UNAVAILABLE, "service unavailable: the answer to GET /2/0/models broke off before its end "
                        + "(gave up after 2 retries)"));
        assertThat(requests).hasValue(3);
        assertThat(failure(() -> client.auth().authenticateBasic("u", "p".toCharArray())).exitCode())
                .as("a login cut short").isEqualTo(ExitCodes.UNAVAILABLE);
    }

    @Test
    void should_refuse_a_gzip_bomb_past_the_largest_answer() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 8; i++) {
                gzip.write(spaces);
            }
            gzip.write(MODELS.getBytes(StandardCharsets.UTF_8));
        }
        URI url = serve(Map.of("/2/0/models", new Answer(200, Map.of("Content-Type", "application/json",
                "Content-Encoding", "gzip"), gzipped.toByteArray())));
        AnaplanClient client = client(url, HttpSettings.builder().maxAnswerBytes(1 << 20).build());

        assertThat(failure(() -> client.models().list().toList())).isEqualTo(new ErrorHandler.Failure(
                ExitCodes.UNAVAILABLE, "service unavailable: the answer to GET /2/0/models is larger than 1 MiB "
                        + "(--max-answer-size)"));
        assertThat(waits).as("not retried").isEmpty();
    }

    @Test
    void should_refuse_an_answer_that_declares_more_than_the_largest_answer() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        URI url = serveRaw(requests, (out, in) -> {
            out.write(head("HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Length: 2000000000"));
            out.flush();
            in.read();
        });
        AnaplanClient client = client(url, HttpSettings.builder().maxAnswerBytes(1 << 20).build());

        ErrorHandler.Failure f = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> failure(() -> client.models().get("M1")));

        assertThat(f.message()).isEqualTo("service unavailable: the answer to GET /2/0/models/M1 is larger than "
                + "1 MiB (--max-answer-size)");
    }

    @Test
    void should_report_an_empty_body_a_null_entry_and_a_login_or_oauth_grant_without_token_as_unexpected_answers()
            throws IOException {
        URI url = serve(Map.of(
                "/2/0/models", new Answer(200, Map.of("Content-Type", "application/json"), new byte[0]),
                "/2/0/models/M1/modules", Answer.json("{\"meta\":{\"paging\":{\"totalSize\":2}},"
                        + "\"modules\":[{\"id\":\"102000000001\",\"name\":\"A\"},null]}"),
                "/2/0/models/M1/lineItems", Answer.json("{\"items\":[null]}"),
                "/token/authenticate", Answer.json("{\"status\":\"SUCCESS\",\"statusMessage\":\"Login successful\"}"),
                "/oauth/token", Answer.json("{\"token_type\":\"Bearer\",\"expires_in\":2100}")));
        AnaplanClient client = client(url, HttpSettings.DEFAULTS);

        assertThat(failure(() -> client.models().list().toList())).isEqualTo(new ErrorHandler.Failure(
                ExitCodes.UNAVAILABLE, "service unavailable: unexpected answer to GET /2/0/models: an empty body "
                        + "where JSON was expected"));
        assertThat(failure(() -> client.modules().list("M1").toList())).isEqualTo(new ErrorHandler.Failure(
                ExitCodes.UNAVAILABLE, "service unavailable: unexpected answer to GET /2/0/models/M1/modules: "
                        + "a null entry in 'modules'"));
        assertThat(failure(() -> client.lineItems().list("M1").toList()).message())
                .startsWith("service unavailable: the answer broke off or is not valid JSON")
                .endsWith(": a null entry in 'items'");
        assertThat(failure(() -> client.auth().authenticateBasic("u", "p".toCharArray()))).isEqualTo(
                new ErrorHandler.Failure(ExitCodes.UNAVAILABLE, "service unavailable: unexpected answer to "
                        + "POST /token/authenticate: no tokenInfo with a token"));
        assertThat(failure(() -> client.oauth().refresh("client", "refresh-token"))).isEqualTo(
                new ErrorHandler.Failure(ExitCodes.UNAVAILABLE, "service unavailable: unexpected answer to "
                        + "POST /oauth/token: no access_token"));
    }

    @Test
    void should_refuse_a_token_with_a_line_break_at_once_and_never_print_it() throws IOException {
        URI url = serve(Map.of("/2/0/models", Answer.json(MODELS)));
        AnaplanClient client = new AnaplanClient(Endpoints.sameHost(url), () -> "evil-token\r\nX-Injected: 1", "test",
                HttpTrace.off(), HttpSettings.DEFAULTS, waits::add);
        clients.add(client);

        assertThat(failure(() -> client.models().list().toList())).isEqualTo(new ErrorHandler.Failure(
                ExitCodes.UNAVAILABLE, "service unavailable: unexpected answer to the login: a token with characters "
                        + "an HTTP header cannot carry (log in again)"));
        assertThat(waits).as("not retried").isEmpty();
        assertThat(seen.get(url.getPort())).as("nothing sent").isEmpty();
    }

    @Test
    void should_trace_every_answer_under_debug_a_downloads_too_with_secrets_redacted() throws IOException {
        URI url = serve(Map.of("/2/0/workspaces/W/models/M/files/F/chunks/0",
                new Answer(200, Map.of("Content-Type", "application/octet-stream"), "a,b\n1,2\n".getBytes(
                        StandardCharsets.UTF_8))));
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        AnaplanClient client = client(url, HttpSettings.DEFAULTS,
                HttpTrace.to(new PrintStream(trace, true, StandardCharsets.UTF_8)));

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        assertThat(client.files().downloadChunk(new ModelPath("W", "M"), "F", "0", file)).isEqualTo(8);

        assertThat(trace.toString(StandardCharsets.UTF_8).lines().toList()).satisfiesExactly(
                l -> assertThat(l).isEqualTo("http> GET " + url + "/2/0/workspaces/W/models/M/files/F/chunks/0"),
                l -> assertThat(l).isEqualTo("http> Authorization: AnaplanAuthToken <redacted>"),
                l -> assertThat(l).matches("http< 200 in \\d+ ms"));
    }

    @Test
    void should_not_retry_a_certificate_nobody_trusts() throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(
                TestCertificates.serverContext(TestCertificates.server("127.0.0.1"))));
        https.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        https.start();
        servers.add(https);
        URI url = URI.create("https://127.0.0.1:" + https.getAddress().getPort());
        AnaplanClient client = client(url, HttpSettings.DEFAULTS);

        ErrorHandler.Failure f = failure(() -> client.models().list().toList());

        assertThat(f.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(f.message()).startsWith("service unavailable: TLS with 127.0.0.1:" + url.getPort() + " failed");
        assertThat(waits).as("not retried").isEmpty();
    }
}
