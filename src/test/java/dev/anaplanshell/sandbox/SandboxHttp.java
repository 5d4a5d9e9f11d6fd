package dev.anaplanshell.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain java.net.http calls against a running sandbox, as any HTTP client would make them. */
final class SandboxHttp {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    SandboxHttp(AnaplanSandbox sandbox) {
        this.base = sandbox.baseUrl();
    }

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Logs in as the fixture user and returns the token value. */
    String login() {
        HttpResponse<String> response = send("POST", "/token/authenticate", basic(Fixtures.EMAIL, Fixtures.PASSWORD));
        return json(response).path("tokenInfo").path("tokenValue").asString();
    }

    HttpResponse<String> get(String pathAndQuery, String authorization) {
        return send("GET", pathAndQuery, authorization);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A request with a body of the given content type (JSON or form). */
    HttpResponse<String> send(String method, String pathAndQuery, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A request with an optional JSON body and an optional {@code Accept} header (null: none). */
    HttpResponse<String> json(String method, String pathAndQuery, String authorization, String accept,
            String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).method(method,
                jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return MAPPER.readTree(response.body());
    }
}
