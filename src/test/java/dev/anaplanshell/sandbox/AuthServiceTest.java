package dev.anaplanshell.sandbox;

import static dev.anaplanshell.sandbox.SandboxHttp.basic;
import static dev.anaplanshell.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class AuthServiceTest {

    private final MutableClock clock = new MutableClock();
    private AnaplanSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() throws IOException {
        sandbox = AnaplanSandbox.start(SandboxOptions.builder().clock(clock).build(), Fixtures.smallTenant());
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void should_issue_a_token_for_good_credentials_with_201() {
        HttpResponse<String> response = http.send("POST", "/token/authenticate", basic(Fixtures.EMAIL, Fixtures.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = json(response);
        assertThat(body.propertyNames()).containsExactly("meta", "status", "statusMessage", "tokenInfo");
        assertThat(body.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(body.path("statusMessage").asString()).isEqualTo("Login successful");
        assertThat(body.path("meta").path("validationUrl").asString()).isEqualTo(sandbox.baseUrl() + "/token/validate");
        JsonNode info = body.path("tokenInfo");
        assertThat(info.propertyNames()).containsExactly("tokenId", "tokenValue", "expiresAt", "refreshTokenId");
        assertThat(info.path("tokenValue").asString()).matches("[A-Za-z0-9+/=]+\\.[A-Za-z0-9+/=]+\\.[A-Za-z0-9+/=]+");
        assertThat(info.path("expiresAt").asLong())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(35)).toEpochMilli());
    }

    @Test
    void should_issue_a_different_token_on_each_login() {
        assertThat(http.login()).isNotEqualTo(http.login());
    }

    @Test
    void should_reject_a_wrong_password_as_bad_credential() {
        HttpResponse<String> response = http.send("POST", "/token/authenticate", basic(Fixtures.EMAIL, "nope"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("status").asString()).isEqualTo("FAILURE_BAD_CREDENTIAL");
        assertThat(json(response).path("statusMessage").asString()).isNotBlank();
    }

    @Test
    void should_reject_an_unknown_user_as_bad_credential() {
        HttpResponse<String> response = http.send("POST", "/token/authenticate", basic("who@example.com", "demo"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("status").asString()).isEqualTo("FAILURE_BAD_CREDENTIAL");
    }

    @Test
    void should_reject_a_missing_or_malformed_header_as_bad_header() {
        for (String header : new String[] {null, "Basic", "Basic !!!not-base64!!!", "Basic bm9jb2xvbg==", "Token x"}) {
            HttpResponse<String> response = http.send("POST", "/token/authenticate", header);

            assertThat(response.statusCode()).as(String.valueOf(header)).isEqualTo(401);
            assertThat(json(response).path("status").asString()).as(String.valueOf(header)).isEqualTo("FAILURE_BAD_HEADER");
        }
    }

    @Test
    void should_accept_the_basic_scheme_in_any_case() {
        HttpResponse<String> response = http.send("POST", "/token/authenticate",
                basic(Fixtures.EMAIL, Fixtures.PASSWORD).replace("Basic", "basic"));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void should_refresh_keeping_the_token_value_and_moving_the_expiry() {
        String token = http.login();
        clock.advance(Duration.ofMinutes(10));

        HttpResponse<String> response = http.send("POST", "/token/refresh", "AnaplanAuthToken " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("statusMessage").asString()).isEqualTo("Token refreshed");
        assertThat(body.path("tokenInfo").path("tokenValue").asString()).isEqualTo(token);
        assertThat(body.path("tokenInfo").path("expiresAt").asLong())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(35)).toEpochMilli());
    }

    @Test
    void should_answer_400_bad_header_to_bearer_on_refresh_and_validate() {
        String token = http.login();

        for (HttpResponse<String> response : java.util.List.of(
                http.send("POST", "/token/refresh", "Bearer " + token),
                http.send("GET", "/token/validate", "Bearer " + token))) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).path("status").asString()).isEqualTo("FAILURE_BAD_HEADER");
        }
    }

    @Test
    void should_validate_a_live_token_with_the_user_info() {
        String token = http.login();

        HttpResponse<String> response = http.get("/token/validate", "AnaplanAuthToken " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("statusMessage").asString()).isEqualTo("Token validated");
        assertThat(body.path("userInfo").path("userGuid").asString()).isEqualTo(Fixtures.USER_ID);
        assertThat(body.path("userInfo").path("userId").asString()).isEqualTo(Fixtures.EMAIL);
        assertThat(body.path("userInfo").path("customerGuid").asString()).isEqualTo(Fixtures.CUSTOMER_ID);
        assertThat(body.path("tokenInfo").path("tokenId").asString()).isNotBlank();
    }

    @Test
    void should_kill_the_token_on_logout() {
        String token = http.login();

        assertThat(http.send("POST", "/token/logout", "AnaplanAuthToken " + token).statusCode()).isEqualTo(204);
        assertThat(http.get("/token/validate", "AnaplanAuthToken " + token).statusCode()).isEqualTo(401);
        assertThat(http.send("POST", "/token/refresh", "AnaplanAuthToken " + token).statusCode()).isEqualTo(401);
        assertThat(http.get("/2/0/users/me", "AnaplanAuthToken " + token).statusCode()).isEqualTo(401);
        assertThat(http.send("POST", "/token/logout", "AnaplanAuthToken " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void should_answer_401_everywhere_once_the_token_has_expired() {
        String token = http.login();
        clock.advance(Duration.ofMinutes(34));
        assertThat(http.get("/2/0/users/me", "AnaplanAuthToken " + token).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));

        assertThat(http.get("/2/0/users/me", "AnaplanAuthToken " + token).statusCode()).isEqualTo(401);
        assertThat(http.get("/token/validate", "AnaplanAuthToken " + token).statusCode()).isEqualTo(401);
        assertThat(http.send("POST", "/token/refresh", "AnaplanAuthToken " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void should_use_the_configured_token_lifetime() throws IOException {
        try (AnaplanSandbox shortLived = AnaplanSandbox.start(
                SandboxOptions.builder().clock(clock).tokenTtl(Duration.ofMillis(1)).build(), Fixtures.smallTenant())) {
            SandboxHttp client = new SandboxHttp(shortLived);
            String token = client.login();
            assertThat(client.get("/token/validate", "AnaplanAuthToken " + token).statusCode()).isEqualTo(200);

            clock.advance(Duration.ofMillis(1));

            assertThat(client.get("/token/validate", "AnaplanAuthToken " + token).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void should_serve_a_form_for_the_code_at_the_verification_uri_the_shell_prints_first() throws Exception {
        HttpResponse<String> page = http.get("/oauth/approve", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<form method=\"get\" action=\"/oauth/approve\">")
                .contains("name=\"user_code\"");
        assertThat(http.get("/oauth/approve?user_code=NOPE-NOPE", null).statusCode()).isEqualTo(404);
    }
}
