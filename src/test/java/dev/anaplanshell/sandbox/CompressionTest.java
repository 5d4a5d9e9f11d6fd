package dev.anaplanshell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sandbox compresses JSON and CSV when the request accepts gzip, as Anaplan's servers do, and nothing else. */
class CompressionTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static AnaplanSandbox sandbox;
    private static String token;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        sandbox = AnaplanSandbox.start(SandboxOptions.defaults());
        token = "AnaplanAuthToken " + new SandboxHttp(sandbox).login();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.baseUrl().resolve(path)).header("Authorization",
                token);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] inflate(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    private static String encoding(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Encoding").orElse("identity");
    }

    @Test
    void should_gzip_json_only_for_requests_that_accept_it() throws Exception {
        HttpResponse<byte[]> plain = get("/2/0/models", null);
        HttpResponse<byte[]> gzip = get("/2/0/models", "gzip, deflate");
        HttpResponse<byte[]> refused = get("/2/0/models", "gzip;q=0, identity");

        assertThat(encoding(plain)).isEqualTo("identity");
        assertThat(encoding(refused)).isEqualTo("identity");
        assertThat(encoding(gzip)).isEqualTo("gzip");
        assertThat(gzip.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(MAPPER.readTree(inflate(gzip.body()))).isEqualTo(MAPPER.readTree(plain.body()));
        assertThat(MAPPER.readTree(plain.body()).path("models").size()).isPositive();
    }

    @Test
    void should_gzip_errors_too_and_keep_their_status() throws Exception {
        HttpResponse<byte[]> missing = get("/2/0/models/NOSUCHMODEL/modules", "gzip");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(encoding(missing)).isEqualTo("gzip");
        assertThat(MAPPER.readTree(inflate(missing.body())).path("status").path("code").asInt()).isEqualTo(404);
    }

    @Test
    void should_serve_a_cached_listing_compressed_as_the_first_time() throws Exception {
        String model = firstModelId();
        String path = "/2/0/models/" + model + "/lineItems?includeAll=true";
        HttpResponse<byte[]> plain = get(path, null);
        HttpResponse<byte[]> first = get(path, "gzip");
        HttpResponse<byte[]> second = get(path, "gzip");

        assertThat(encoding(first)).isEqualTo("gzip");
        assertThat(encoding(second)).isEqualTo("gzip");
        assertThat(second.headers().firstValue("Content-Length")).as("served from the compressed copy")
                .hasValue(String.valueOf(second.body().length));
        assertThat(inflate(first.body())).isEqualTo(plain.body());
        assertThat(inflate(second.body())).isEqualTo(plain.body());
        assertThat(second.body().length).as("line items compress well").isLessThan(plain.body().length / 4);
    }

    @Test
    void should_send_file_content_as_it_is() throws Exception {
        JsonNode model = MAPPER.readTree(get("/2/0/models", null).body()).path("models").get(0);
        String files = "/2/0/workspaces/" + model.path("currentWorkspaceId").asString() + "/models/"
                + model.path("id").asString() + "/files";
        for (JsonNode file : MAPPER.readTree(get(files, null).body()).path("files")) {
            HttpResponse<byte[]> chunk = get(files + "/" + file.path("id").asString() + "/chunks/0", "gzip");
            if (chunk.statusCode() == 200) {
                assertThat(encoding(chunk)).isEqualTo("identity");
                assertThat(chunk.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
                return;
            }
        }
        throw new AssertionError("no file with content in " + files);
    }

    private static String firstModelId() throws Exception {
        return MAPPER.readTree(get("/2/0/models", null).body()).path("models").get(0).path("id").asString();
    }
}
