package dev.anaplanshell.sandbox;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isResponse;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsSubstring;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

import dev.anaplanshell.sandbox.auth.OAuthEndpoints;
import dev.anaplanshell.support.TestCertificates;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificate login and the OAuth endpoints, success and error cases, validated against
 * {@code authentication-openapi.yaml} and {@code oauth-openapi.yaml}. {@code GET /oauth/approve} stands in for
 * Anaplan's login page and is not in any spec; form-encoded OAuth bodies are what oauthlib sends but the spec
 * declares JSON only, so for those only the response is validated.
 */
class AuthContractTest {

    private static final Path SPECS = Path.of(System.getProperty("anaplan.openapi.dir", "../shared/anaplan-openapi"));
    private static final TestCertificates.Pair TRUSTED = TestCertificates.selfSigned(Fixtures.EMAIL);
    private static final TestCertificates.Pair STRANGER = TestCertificates.selfSigned(Fixtures.EMAIL);
    private static final String CLIENT = OAuthEndpoints.ROTATING_CLIENT;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static AnaplanSandbox sandbox;
    private static SandboxHttp http;
    private static OpenApiInteractionValidator authSpec;
    private static OpenApiInteractionValidator oauthSpec;

    private static boolean specsPresent() {
        return Files.isRegularFile(SPECS.resolve("authentication-openapi.yaml"))
                && Files.isRegularFile(SPECS.resolve("oauth-openapi.yaml"));
    }

    @BeforeAll
    static void start() throws IOException {
        if (!specsPresent()) {
            return;
        }
        authSpec = OpenApiInteractionValidator.createForSpecificationUrl(SPECS.resolve("authentication-openapi.yaml")
                .toUri().toString()).withWhitelist(ValidationErrorsWhitelist.create()
                        // as in SandboxContractTest: meta.validationUrl points at the sandbox, not the production enum
                        .withRule("validationUrl points at the sandbox", allOf(isResponse(),
                                messageHasKey("validation.response.body.schema.enum"),
                                messageContainsSubstring("/token/validate")))
                        // The spec's CertPayload names its fields certificateChain/signature; Anaplan's own docs,
                        // Anaplan Connect and anaplan-sdk send encodedData/encodedSignedData (+ encodedDataFormat),
                        // anaplan-api.md 2.2. Only a body with exactly those fields is let through.
                        .withRule("certificate login body uses Anaplan's real field names", allOf(isRequest(),
                                pathContainsSubstring("/token/authenticate"), AuthContractTest::isAnaplansCertificateBody))).build();
        oauthSpec = OpenApiInteractionValidator.createForSpecificationUrl(SPECS.resolve("oauth-openapi.yaml")
                .toUri().toString()).build();
        sandbox = AnaplanSandbox.start(SandboxOptions.builder()
                .certificate(TRUSTED.certificate()).build(), Fixtures.smallTenant());
        http = new SandboxHttp(sandbox);
    }

    @BeforeEach
    void requireSpecs() {
        Assumptions.assumeTrue(specsPresent(),
                "OpenAPI specs not found at " + SPECS.toAbsolutePath() + ": contract tests skipped");
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void should_answer_a_certificate_login_as_the_authentication_spec_says() {
        checkCertificate(TRUSTED, "v2", 201);
        checkCertificate(TRUSTED, null, 201);
        checkCertificate(STRANGER, "v2", 401);
    }

    @Test
    void should_answer_a_device_code_request_as_the_oauth_spec_says() {
        check("/oauth/device/code", "{\"client_id\":\"" + CLIENT + "\",\"scope\":\"openid profile email offline_access\"}",
                200, true);
        check("/oauth/device/code", "{\"client_id\":\"0123456789abcdef0123456789abcdef\"}", 400, true);
        check("/oauth/device/code", "{}", 400, false);
    }

    @Test
    void should_answer_the_device_and_refresh_grants_as_the_oauth_spec_says() {
        JsonNode code = SandboxHttp.json(http.send("POST", "/oauth/device/code", null, "application/json",
                "{\"client_id\":\"" + CLIENT + "\"}"));
        String poll = "{\"grant_type\":\"urn:ietf:params:oauth:grant-type:device_code\",\"device_code\":\""
                + code.path("device_code").asString() + "\",\"client_id\":\"" + CLIENT + "\"}";
        assertThat(check("/oauth/token", poll, 400, true)).contains("authorization_pending");
        assertThat(check("/oauth/token", poll, 400, true)).contains("slow_down");
        URI approve = URI.create(code.path("verification_uri_complete").asString());
        assertThat(http.get(approve.getPath() + "?" + approve.getRawQuery(), null).statusCode()).isEqualTo(200);
        String tokens = check("/oauth/token", poll, 200, true);
        assertThat(check("/oauth/token", poll, 400, true)).contains("invalid_grant");

        String refresh = JSON.readTree(tokens).path("refresh_token").asString();
        String body = "{\"grant_type\":\"refresh_token\",\"client_id\":\"" + CLIENT + "\",\"refresh_token\":\"" + refresh
                + "\"}";
        check("/oauth/token", body, 200, true);
        assertThat(check("/oauth/token", body, 400, true)).as("rotated: the old one is spent").contains("invalid_grant");
    }

    @Test
    void should_accept_form_encoded_device_code_and_token_requests_as_the_spec_says() {
        HttpResponse<String> r = http.send("POST", "/oauth/device/code", null, "application/x-www-form-urlencoded",
                "client_id=" + CLIENT + "&scope=openid+email+offline_access");
        validateResponse("/oauth/device/code", r, 200);
        HttpResponse<String> pending = http.send("POST", "/oauth/token", null, "application/x-www-form-urlencoded",
                "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=" + CLIENT
                        + "&device_code=" + SandboxHttp.json(r).path("device_code").asString());
        validateResponse("/oauth/token", pending, 400);
        assertThat(pending.body()).contains("authorization_pending");
    }

    private void checkCertificate(TestCertificates.Pair pair, String format, int status) {
        byte[] data = ByteBuffer.allocate(150).putLong(Instant.now().getEpochSecond()).put(random(142)).array();
        String body = CertificateAuthTest.body(format, data, CertificateAuthTest.sign(pair.keys().getPrivate(), data));
        String header = "CACertificate " + CertificateAuthTest.header(pair);
        HttpResponse<String> r = http.send("POST", "/token/authenticate", header, "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        SimpleRequest request = SimpleRequest.Builder.post("/token/authenticate").withAuthorization(header)
                .withContentType("application/json").withBody(body).build();
        assertThat(errors(authSpec.validate(request, simple(r)))).as(r.body()).isEmpty();
    }

    private String check(String path, String jsonBody, int status, boolean requestValid) {
        HttpResponse<String> r = http.send("POST", path, null, "application/json", jsonBody);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
        ValidationReport report = requestValid
                ? oauthSpec.validate(SimpleRequest.Builder.post(path).withContentType("application/json")
                        .withBody(jsonBody).build(), simple(r))
                : oauthSpec.validateResponse(path, Request.Method.POST, simple(r));
        assertThat(errors(report)).as(path + " " + jsonBody + "\n" + r.body() + "\n" + report).isEmpty();
        return r.body();
    }

    private void validateResponse(String path, HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(errors(oauthSpec.validateResponse(path, Request.Method.POST, simple(r)))).isEmpty();
    }

    /** The body has encodedData and encodedSignedData, optionally encodedDataFormat, and nothing else. */
    private static boolean isAnaplansCertificateBody(ValidationReport.Message message,
            com.atlassian.oai.validator.model.ApiOperation operation, Request request,
            com.atlassian.oai.validator.model.Response response) {
        if (request == null || request.getRequestBody().isEmpty()) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(request.getRequestBody().get().toString(java.nio.charset.StandardCharsets.UTF_8));
            java.util.Set<String> fields = new java.util.HashSet<>(body.propertyNames());
            return fields.contains("encodedData") && fields.contains("encodedSignedData")
                    && java.util.Set.of("encodedData", "encodedSignedData", "encodedDataFormat").containsAll(fields);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static SimpleResponse simple(HttpResponse<String> r) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(r.statusCode());
        if (r.body() != null && !r.body().isEmpty()) {
            builder.withContentType("application/json").withBody(r.body());
        }
        return builder.build();
    }

    private static List<ValidationReport.Message> errors(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() != ValidationReport.Level.IGNORE
                && m.getLevel() != ValidationReport.Level.INFO).toList();
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
