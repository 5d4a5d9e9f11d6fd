package dev.anaplanshell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a ten-line Python {@code requests} script does: Basic login, then read line items with the token. */
class RawClientTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_log_in_with_basic_and_read_all_line_item_metadata() throws Exception {
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(SandboxOptions.defaults(), Fixtures.smallTenant())) {
            String basic = Base64.getEncoder().encodeToString("demo@example.com:demo".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> login = send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/token/authenticate"))
                    .header("Authorization", "Basic " + basic)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(login.statusCode()).isEqualTo(201);
            String token = json.readTree(login.body()).path("tokenInfo").path("tokenValue").asString();

            URI models = sandbox.baseUrl().resolve("/2/0/models");
            String modelId = read(models, token).path("models").get(0).path("id").asString();
            JsonNode items = read(sandbox.baseUrl().resolve("/2/0/models/" + modelId + "/lineItems?includeAll=true"),
                    token).path("items");

            assertThat(items).isNotEmpty();
            assertThat(items.get(0).path("formatMetadata").path("dataType").asString()).isEqualTo("NUMBER");
            assertThat(items.get(0).path("appliesTo").isArray()).isTrue();
        }
    }

    @Test
    void should_read_the_demo_tenant_line_items_the_same_way() throws Exception {
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(SandboxOptions.defaults())) {
            String basic = Base64.getEncoder().encodeToString("demo@example.com:demo".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> login = send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/token/authenticate"))
                    .header("Authorization", "Basic " + basic)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            String token = json.readTree(login.body()).path("tokenInfo").path("tokenValue").asString();

            JsonNode models = read(sandbox.baseUrl().resolve("/2/0/models"), token).path("models");
            assertThat(models.size()).isGreaterThanOrEqualTo(3);
            int most = 0;
            for (JsonNode model : models) {
                JsonNode items = read(sandbox.baseUrl().resolve("/2/0/models/" + model.path("id").asString()
                        + "/lineItems?includeAll=true"), token).path("items");
                most = Math.max(most, items.size());
                assertThat(items.toString()).doesNotContain("null");
            }
            assertThat(most).isGreaterThanOrEqualTo(300);
        }
    }

    private JsonNode read(URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .header("Authorization", "AnaplanAuthToken " + token).header("Accept", "application/json").build());
        assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
