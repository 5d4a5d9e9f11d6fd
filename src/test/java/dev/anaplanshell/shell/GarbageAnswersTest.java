package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.core.ExitCodes;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server that answers garbage: every failure is one clear line and "unavailable" (exit 5), never a crash. */
class GarbageAnswersTest {

    private record Answer(int status, String contentType, String body) {
    }

    private static final Map<String, Answer> ANSWERS = Map.of(
            "/token/authenticate", new Answer(200, "text/html", "<html><body>Maintenance</body></html>"),
            "/2/0/users/me", new Answer(200, "application/json", "{\"user\": {\"id\": \"8a8"),
            "/2/0/workspaces", new Answer(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>"),
            "/2/0/models", new Answer(200, "text/plain", "models: none"),
            "/2/0/models/ABC", new Answer(200, "application/json", "{\"model\": {\"id\": {\"nested\": true}}}"),
            "/2/0/models/ABC/modules", new Answer(500, "application/json", "{\"status\":{\"code\":500,\"message\":\"Internal error\"}}"));

    private static HttpServer server;
    private static AnaplanClient client;
    private final ErrorHandler errors = new ErrorHandler(false);

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Answer a = ANSWERS.getOrDefault(exchange.getRequestURI().getPath(), new Answer(404, "text/plain", "nope"));
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", a.contentType());
            exchange.sendResponseHeaders(a.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        // garbage is not worth retrying, but 5xx to a GET is: retried at once, a few times
        client = new AnaplanClient(Endpoints.sameHost(url), () -> "token", "test",
                HttpSettings.builder().maxRetries(2).build(), d -> { });
    }

    @AfterAll
    static void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void should_report_an_html_page_instead_of_json_as_unavailable() {
        assertThatThrownBy(() -> client.auth().authenticateBasic("u", "p".toCharArray()))
                .isInstanceOf(AnaplanApiException.Unavailable.class)
                .hasMessage("the service answered with something that is not JSON");
        assertThat(errors.describe(catchIt(() -> client.models().list().toList())).exitCode())
                .isEqualTo(ExitCodes.UNAVAILABLE);
    }

    @Test
    void should_retry_truncated_json_and_report_it_and_wrong_shapes_as_unavailable() {
        assertThat(errors.describe(catchIt(() -> client.users().me()))).isEqualTo(new ErrorHandler.Failure(5,
                "service unavailable: the answer to GET /2/0/users/me broke off before its end (gave up after 2 retries)"));
        assertThat(errors.describe(catchIt(() -> client.models().get("ABC"))))
                .isEqualTo(new ErrorHandler.Failure(5, "service unavailable: the service's answer is not a valid Model"));
    }

    @Test
    void should_use_the_http_reason_when_an_error_page_has_no_anaplan_message() {
        assertThat(errors.describe(catchIt(() -> client.workspaces().list().toList())))
                .isEqualTo(new ErrorHandler.Failure(5, "service unavailable: HTTP 502: Bad Gateway (gave up after 2 retries)"));
        assertThat(errors.describe(catchIt(() -> client.modules().list("ABC").toList())))
                .isEqualTo(new ErrorHandler.Failure(1, "Anaplan answered HTTP 500: Internal error (gave up after 2 retries) (/2/0/models/ABC/modules)"));
    }

    private static Throwable catchIt(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("no failure");
    }
}
