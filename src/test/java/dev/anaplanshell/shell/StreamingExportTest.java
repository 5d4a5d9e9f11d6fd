package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.render.Renderer;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lineitems export}'s path below the command: the body streamed from real HTTP into the CSV file. A body that
 * breaks off fails the whole export with exit 5 and leaves no partial file.
 */
class StreamingExportTest {

    private static final String GOOD_START = "{\"meta\":{\"schema\":\"x\"},\"status\":{\"code\":200,\"message\":\"Success\"},"
            + "\"items\":[{\"id\":\"1\",\"name\":\"Revenue\",\"moduleId\":\"m\",\"moduleName\":\"P&L\"},"
            + "{\"id\":\"2\",\"name\":\"Co";

    @TempDir
    Path dir;

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A server that answers the line items call with {@code body}, declaring {@code length} bytes (0: chunked). */
    private AnaplanClient clientOn(byte[] body, long length) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/2/0/models/M/lineItems", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, length);
            OutputStream out = exchange.getResponseBody();
            out.write(body);
            out.flush();
            exchange.close();
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new AnaplanClient(Endpoints.sameHost(url), () -> "token", "test");
    }

    private void assertExportFailsWithExit5AndLeavesThePreviousFile(AnaplanClient client, String expected)
            throws IOException {
        Path target = dir.resolve("li.csv");
        Files.writeString(target, "previous export\n");
        try (client) {
            Stream<String[]> rows = client.lineItems().cells("M", LineItem.FIELDS);
            assertThatThrownBy(() -> new Renderer().exportCells(LineItem.FIELDS, rows, target, false))
                    .isInstanceOfSatisfying(AnaplanApiException.Unavailable.class, e -> {
                        ErrorHandler.Failure failure = new ErrorHandler(false).describe(e);
                        assertThat(failure.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
                        assertThat(failure.message()).startsWith("service unavailable: " + expected)
                                .doesNotContain("\n");
                    });
        }
        assertThat(Files.readString(target)).isEqualTo("previous export\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary or partial file is left").containsExactly(target);
        }
    }

    @Test
    void should_fail_with_exit_5_and_no_partial_file_when_a_chunked_body_stops_inside_a_row() throws IOException {
        byte[] body = GOOD_START.getBytes(StandardCharsets.UTF_8);
        assertExportFailsWithExit5AndLeavesThePreviousFile(clientOn(body, 0),
                "the answer broke off or is not valid JSON");
    }

    @Test
    void should_fail_with_exit_5_when_the_connection_closes_before_the_declared_length() throws IOException {
        byte[] body = GOOD_START.getBytes(StandardCharsets.UTF_8);
        assertExportFailsWithExit5AndLeavesThePreviousFile(clientOn(body, body.length + 5000L),
                "the connection broke off while reading the answer");
    }

    @Test
    void should_fail_with_exit_5_on_a_success_answer_that_is_not_json() throws IOException {
        byte[] body = "<html><body>maintenance</body></html>".getBytes(StandardCharsets.UTF_8);
        assertExportFailsWithExit5AndLeavesThePreviousFile(clientOn(body, body.length),
                "the answer broke off or is not valid JSON");
    }

    @Test
    void should_still_map_error_statuses_through_the_api_errors() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"status\":{\"code\":404,\"message\":\"Model not found\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try (AnaplanClient client = new AnaplanClient(Endpoints.sameHost(url), () -> "token", "test")) {
            assertThatThrownBy(() -> client.lineItems().list("M"))
                    .isInstanceOfSatisfying(AnaplanApiException.NotFound.class,
                            e -> assertThat(e.getMessage()).isEqualTo("Model not found"));
        }
    }

    @Test
    void should_stream_a_large_model_from_the_sandbox_into_a_csv_with_one_row_per_line_item() throws IOException {
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(SandboxOptions.builder().scaleLineItems(20_000).build())) {
            String[] token = new String[1];
            try (AnaplanClient client = new AnaplanClient(Endpoints.sameHost(sandbox.baseUrl()), () -> token[0], "t")) {
                token[0] = client.auth().authenticateBasic("demo@example.com", "demo".toCharArray()).tokenValue();
                Model scale = client.models().list().filter(m -> m.name().equals("Scale Model")).findFirst()
                        .orElseThrow();
                Path target = dir.resolve("scale.csv");
                long rows = new Renderer().exportCells(LineItem.FIELDS,
                        client.lineItems().cells(scale.id(), LineItem.FIELDS), target, false);
                assertThat(rows).isEqualTo(20_000);
                List<String> lines = Files.readAllLines(target);
                assertThat(lines).hasSize(20_001);
                assertThat(lines.get(0)).startsWith("id,name,moduleId,moduleName,formula,format,formatMetadata");
            }
        }
    }
}
