package dev.anaplanshell.sandbox;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isResponse;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsSubstring;
import static dev.anaplanshell.sandbox.Fixtures.COSTS_MODULE;
import static dev.anaplanshell.sandbox.Fixtures.FPA;
import static dev.anaplanshell.sandbox.Fixtures.WS_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;

/**
 * Every endpoint the sandbox serves, success and error cases, made over real HTTP and validated (request and
 * response) against the shared OpenAPI specs. Whitelisted spec deviations are documented where they are declared.
 */
class SandboxContractTest {

    private static final Path SPECS = Path.of(System.getProperty("anaplan.openapi.dir", "../shared/anaplan-openapi"));
    private static final String UNKNOWN_MODEL = "00000000000000000000000000000000";

    private static AnaplanSandbox sandbox;
    private static SandboxHttp http;
    private static OpenApiInteractionValidator authSpec;
    private static OpenApiInteractionValidator integrationSpec;
    private static String token;

    /** Who calls: the header a case sends. */
    enum Caller { NONE, GOOD_BASIC, BAD_BASIC, TOKEN, BEARER, FRESH_TOKEN, DEAD_TOKEN }

    /**
     * One interaction. {@code requestValid} is false for requests that break the spec on purpose (no token,
     * limit=0, wrong verb): only their response is validated then.
     */
    record Case(String method, String pathAndQuery, Caller caller, int status, boolean requestValid) {
        @Override
        public String toString() {
            return method + " " + pathAndQuery + " as " + caller + " -> " + status;
        }
    }

    private static boolean specsPresent() {
        return Files.isRegularFile(SPECS.resolve("integration-openapi.yaml"))
                && Files.isRegularFile(SPECS.resolve("authentication-openapi.yaml"));
    }

    @BeforeAll
    static void start() throws IOException {
        if (!specsPresent()) {
            return;
        }
        authSpec = OpenApiInteractionValidator.createForSpecificationUrl(spec("authentication-openapi.yaml"))
                .withWhitelist(authWhitelist()).build();
        integrationSpec = OpenApiInteractionValidator.createForSpecificationUrl(spec("integration-openapi.yaml"))
                .withBasePathOverride("/2/0").withWhitelist(integrationWhitelist()).build();
        sandbox = AnaplanSandbox.start(SandboxOptions.defaults(), Fixtures.smallTenant());
        http = new SandboxHttp(sandbox);
        token = http.login();
    }

    /** Per test rather than in {@code @BeforeAll}, so that every skipped test shows the reason. */
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

    private static String spec(String file) {
        return SPECS.resolve(file).toUri().toString();
    }

    /** Deviations between the specs and what Anaplan really does (or what a local server must do). */
    private static ValidationErrorsWhitelist authWhitelist() {
        return ValidationErrorsWhitelist.create()
                // The spec marks the body of /token/authenticate as required, but Basic login sends none
                // (anaplan-api.md §2.1; Anaplan's Postman collection and every client send no body).
                .withRule("Basic login has no body", allOf(isRequest(), messageHasKey("validation.request.body.missing"),
                        pathContainsSubstring("/token/authenticate")))
                // meta.validationUrl is an enum of the one production URL; the sandbox points it at itself so a
                // client that follows it stays on the sandbox.
                .withRule("validationUrl points at the sandbox", allOf(isResponse(),
                        messageHasKey("validation.response.body.schema.enum"), messageContainsSubstring("/token/validate")));
    }

    private static ValidationErrorsWhitelist integrationWhitelist() {
        return ValidationErrorsWhitelist.create()
                // User.email's pattern is escaped twice in the YAML ('\\.' is a literal backslash in the regex), so no
                // real address can match it; the value is still checked to be a string.
                .withRule("User.email pattern is over-escaped", allOf(isResponse(),
                        messageHasKey("validation.response.body.schema.pattern"), messageContainsSubstring("/email'")))
                // LineItem.formatMetadata lists only the NUMBER fields. Anaplan documents more per dataType
                // (anaplan-api.md §5.2, anaplan-sdk's models): customUnits (NUMBER), textType (TEXT),
                // hierarchyEntityLongId/selectiveAccessApplied/showAll/entityFormatFilter (ENTITY), periodType
                // (TIME_ENTITY). Only those names are let through; any other extra field still fails.
                .withRule("formatMetadata fields of non-NUMBER formats", allOf(isResponse(),
                        messageHasKey("validation.response.body.schema.additionalProperties"),
                        messageContainsRegexp("/formatMetadata'\\] .*: \\[(\"(" + FORMAT_METADATA_EXTRAS + ")\",?)+\\]$")))
                // Model.lastSavedSerialNumber is typed string; the reference's modelDetails example (anaplan-api.md
                // §4.3, Apiary) sends a number, 2010876, and independent clients read it as one.
                .withRule("lastSavedSerialNumber is a number", allOf(isResponse(),
                        messageHasKey("validation.response.body.schema.type"),
                        messageContainsSubstring("/lastSavedSerialNumber'")));
    }

    private static final String FORMAT_METADATA_EXTRAS =
            "customUnits|textType|hierarchyEntityLongId|selectiveAccessApplied|showAll|entityFormatFilter|periodType";

    static Stream<Case> authCases() {
        return Stream.of(
                new Case("POST", "/token/authenticate", Caller.GOOD_BASIC, 201, true),
                new Case("POST", "/token/authenticate", Caller.BAD_BASIC, 401, true),
                new Case("POST", "/token/authenticate", Caller.NONE, 401, false),
                new Case("POST", "/token/refresh", Caller.TOKEN, 200, true),
                new Case("POST", "/token/refresh", Caller.BEARER, 400, true),
                new Case("POST", "/token/refresh", Caller.DEAD_TOKEN, 401, true),
                new Case("GET", "/token/validate", Caller.TOKEN, 200, true),
                new Case("GET", "/token/validate", Caller.BEARER, 400, true),
                new Case("GET", "/token/validate", Caller.DEAD_TOKEN, 401, true),
                new Case("POST", "/token/logout", Caller.FRESH_TOKEN, 204, true),
                new Case("POST", "/token/logout", Caller.DEAD_TOKEN, 401, true));
    }

    static Stream<Case> integrationCases() {
        String model = "/2/0/models/" + FPA;
        String wsModel = "/2/0/workspaces/" + WS_FINANCE + "/models/" + FPA;
        return Stream.of(
                new Case("GET", "/2/0/users/me", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/users/me", Caller.BEARER, 200, true),
                new Case("GET", "/2/0/users", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/users?limit=1&offset=0&sort=%2Bemail", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/users/" + Fixtures.USER_ID, Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/users/ffffffffffffffffffffffffffffffff", Caller.TOKEN, 404, true),
                new Case("GET", model + "/status", Caller.TOKEN, 200, true),
                new Case("POST", model + "/close", Caller.TOKEN, 204, true),
                new Case("POST", model + "/open", Caller.TOKEN, 202, true),
                new Case("POST", "/2/0/models/" + UNKNOWN_MODEL + "/open", Caller.TOKEN, 404, true),
                new Case("GET", "/2/0/workspaces", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/workspaces?tenantDetails=true", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/workspaces?limit=1", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/workspaces?limit=1&offset=1&sort=-name", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/workspaces/" + WS_FINANCE, Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/workspaces/" + WS_FINANCE + "?tenantDetails=true", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/workspaces/ffffffffffffffffffffffffffffffff", Caller.TOKEN, 404, true),
                new Case("GET", "/2/0/workspaces/" + WS_FINANCE + "/admins", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/workspaces/" + WS_FINANCE + "/visitors", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/models", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/models?modelDetails=true", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/models?limit=1&offset=1&sort=%2Bname&s=p", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/workspaces/" + WS_FINANCE + "/models", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/workspaces/" + WS_FINANCE + "/models?modelDetails=true", Caller.TOKEN, 200, true),
                new Case("GET", model, Caller.TOKEN, 200, true),
                new Case("GET", model + "?modelDetails=true", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/models/" + UNKNOWN_MODEL, Caller.TOKEN, 404, true),
                new Case("GET", model + "/modules", Caller.TOKEN, 200, true),
                new Case("GET", model + "/modules?limit=1&offset=1", Caller.TOKEN, 200, true),
                new Case("GET", wsModel + "/modules", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/models/" + UNKNOWN_MODEL + "/modules", Caller.TOKEN, 404, true),
                new Case("GET", model + "/lineItems", Caller.TOKEN, 200, true),
                new Case("GET", model + "/lineItems?includeAll=true", Caller.TOKEN, 200, true),
                new Case("GET", wsModel + "/lineItems?includeAll=true", Caller.TOKEN, 200, true),
                new Case("GET", "/2/0/models/" + UNKNOWN_MODEL + "/lineItems", Caller.TOKEN, 404, true),
                new Case("GET", model + "/modules/" + COSTS_MODULE + "/lineItems", Caller.TOKEN, 200, true),
                new Case("GET", model + "/modules/" + COSTS_MODULE + "/lineItems?includeAll=true", Caller.TOKEN, 200, true),
                new Case("GET", wsModel + "/modules/" + COSTS_MODULE + "/lineItems?includeAll=true", Caller.TOKEN, 200,
                        true),
                new Case("GET", model + "/modules/102999999999/lineItems", Caller.TOKEN, 404, true),
                new Case("GET", "/2/0/models", Caller.NONE, 401, false),
                new Case("GET", "/2/0/models", Caller.DEAD_TOKEN, 401, true),
                new Case("GET", model + "/lineItems", Caller.DEAD_TOKEN, 401, true),
                new Case("GET", "/2/0/models?limit=0", Caller.TOKEN, 400, false),
                new Case("GET", "/2/0/models?offset=-1", Caller.TOKEN, 400, false),
                new Case("POST", "/2/0/models", Caller.TOKEN, 405, false),
                new Case("GET", wsModel, Caller.TOKEN, 405, false),
                new Case("GET", "/2/0/no/such/route", Caller.TOKEN, 404, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authCases")
    void auth_service_matches_its_spec(Case c) {
        check(authSpec, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("integrationCases")
    void integration_api_matches_its_spec(Case c) {
        check(integrationSpec, c);
    }

    /** The demo tenant's every model, module page and full line item, through the same validator. */
    @Test
    void should_answer_every_documented_read_of_the_demo_tenant_as_the_spec_says() throws IOException {
        try (AnaplanSandbox demo = AnaplanSandbox.start(SandboxOptions.defaults())) {
            SandboxHttp client = new SandboxHttp(demo);
            String header = "AnaplanAuthToken " + SandboxHttp.json(client.send("POST", "/token/authenticate",
                    SandboxHttp.basic("demo@example.com", "demo"))).path("tokenInfo").path("tokenValue").asString();
            List<String> paths = new java.util.ArrayList<>(List.of("/2/0/users/me", "/2/0/workspaces?tenantDetails=true",
                    "/2/0/models?modelDetails=true"));
            for (var model : SandboxHttp.json(client.get("/2/0/models", header)).path("models")) {
                String id = model.path("id").asString();
                paths.add("/2/0/models/" + id + "?modelDetails=true");
                paths.add("/2/0/models/" + id + "/modules?limit=7&offset=3");
                paths.add("/2/0/models/" + id + "/lineItems?includeAll=true");
            }
            for (String path : paths) {
                HttpResponse<String> real = client.get(path, header);
                URI uri = URI.create(path);
                ValidationReport report = integrationSpec.validateResponse(uri.getPath(), Request.Method.GET,
                        response(real.statusCode(), real.body()));
                assertThat(real.statusCode()).as(path).isEqualTo(200);
                assertThat(errors(report)).as(path + "\n" + report).isEmpty();
            }
        }
    }

    /** {@code bulkDeleteModels} of a closed model, an open one and an unknown one; then the 400 of an empty list. */
    @Test
    void should_answer_a_bulk_delete_of_models_as_the_spec_says() {
        String header = "AnaplanAuthToken " + token;
        http.send("POST", "/2/0/models/" + Fixtures.HR + "/close", header);
        String path = "/2/0/workspaces/" + WS_FINANCE + "/bulkDeleteModels";
        String body = "{\"modelIdsToDelete\":[\"" + Fixtures.HR + "\",\"" + FPA + "\",\"Incorrect_Model_Id\"]}";
        HttpResponse<String> real = http.send("POST", path, header, "application/json", body);
        assertThat(real.statusCode()).as(real.body()).isEqualTo(200);
        assertThat(SandboxHttp.json(real).path("modelsDeleted").asInt()).isEqualTo(1);
        SimpleRequest request = new SimpleRequest.Builder("POST", path).withAuthorization(header)
                .withContentType("application/json").withBody(body).build();
        assertThat(errors(integrationSpec.validate(request, response(200, real.body())))).isEmpty();

        HttpResponse<String> empty = http.send("POST", path, header, "application/json", "{\"modelIdsToDelete\":[]}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(errors(integrationSpec.validateResponse("/2/0/models/" + FPA + "/modules", Request.Method.GET,
                response(404, empty.body())))).isEmpty();
    }

    /** Guards the guard: a misspelt field must fail validation, or the cases above prove nothing. */
    @Test
    void should_fail_validation_when_a_field_is_misspelt() {
        String path = "/2/0/models/" + FPA;
        HttpResponse<String> real = http.get(path, "AnaplanAuthToken " + token);
        String broken = real.body().replace("\"currentWorkspaceId\"", "\"currentWorkspaceID\"");

        ValidationReport ok = integrationSpec.validateResponse(path, Request.Method.GET, response(200, real.body()));
        ValidationReport bad = integrationSpec.validateResponse(path, Request.Method.GET, response(200, broken));

        assertThat(errors(ok)).isEmpty();
        assertThat(bad.hasErrors()).isTrue();
        assertThat(bad.getMessages().toString()).contains("currentWorkspaceID");
    }

    private static void check(OpenApiInteractionValidator validator, Case c) {
        String header = header(c.caller());
        HttpResponse<String> real = http.send(c.method(), c.pathAndQuery(), header);
        assertThat(real.statusCode()).as(c + ": " + real.body()).isEqualTo(c.status());
        if (c.status() != 204 && c.status() != 202) {
            assertThat(real.headers().firstValue("Content-Type")).hasValue("application/json");
        }

        SimpleResponse response = response(real.statusCode(), real.body());
        ValidationReport report;
        if (c.requestValid()) {
            report = validator.validate(request(c, header), response);
        } else {
            report = validator.validateResponse(URI.create(c.pathAndQuery()).getPath(), method(c), response);
            report = withoutUndocumentedRoute(report);
        }
        report = errorBodyFallback(report, c, real);
        assertThat(errors(report)).as(c + "\n" + real.body() + "\n" + report).isEmpty();
    }

    /**
     * The spec documents few error statuses per operation (no 401/400/405 on most). When it does not document
     * one, the sandbox's body is instead checked against {@code components/schemas/ErrorResponse} through the
     * one operation that declares it: the 404 of {@code GET /models/{modelId}/modules}.
     */
    private static ValidationReport errorBodyFallback(ValidationReport report, Case c, HttpResponse<String> real) {
        boolean onlyUndocumentedStatus = !errors(report).isEmpty() && errors(report).stream()
                .allMatch(m -> m.getKey().equals("validation.response.status.unknown")
                        || m.getKey().equals("validation.response.body.unexpected"));
        if (!onlyUndocumentedStatus || !c.pathAndQuery().startsWith("/2/0") || c.status() < 400) {
            return report;
        }
        assertThat(real.body()).contains("\"code\":" + c.status());
        return integrationSpec.validateResponse("/2/0/models/" + FPA + "/modules", Request.Method.GET,
                response(404, real.body()));
    }

    /** Routes the spec does not have (unknown paths, the 405 workspace form of a model) cannot match it. */
    private static ValidationReport withoutUndocumentedRoute(ValidationReport report) {
        boolean noRoute = report.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing")
                || m.getKey().equals("validation.request.operation.notAllowed"));
        return noRoute ? ValidationReport.singleton(ValidationReport.Message
                .create("validation.response.status.unknown", "route not in the spec").build()) : report;
    }

    /**
     * Errors and warnings; IGNORE-level messages (e.g. "Query parameter 'includeAll' is unexpected" where the spec
     * forgot a parameter Anaplan documents) are the validator's defaults, not failures.
     */
    private static List<ValidationReport.Message> errors(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() != ValidationReport.Level.IGNORE
                && m.getLevel() != ValidationReport.Level.INFO).toList();
    }

    private static SimpleRequest request(Case c, String header) {
        URI uri = URI.create(c.pathAndQuery());
        SimpleRequest.Builder builder = new SimpleRequest.Builder(c.method(), uri.getPath());
        if (header != null) {
            builder.withAuthorization(header);
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                builder.withQueryParam(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return builder.build();
    }

    private static SimpleResponse response(int status, String body) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(status);
        if (body != null && !body.isEmpty()) {
            builder.withContentType("application/json").withBody(body);
        }
        return builder.build();
    }

    private static Request.Method method(Case c) {
        return Request.Method.valueOf(c.method());
    }

    private static String header(Caller caller) {
        return switch (caller) {
            case NONE -> null;
            case GOOD_BASIC -> SandboxHttp.basic(Fixtures.EMAIL, Fixtures.PASSWORD);
            case BAD_BASIC -> SandboxHttp.basic(Fixtures.EMAIL, "wrong");
            case TOKEN -> "AnaplanAuthToken " + token;
            case BEARER -> "Bearer " + token;
            case FRESH_TOKEN -> "AnaplanAuthToken " + http.login();
            case DEAD_TOKEN -> "AnaplanAuthToken bm90.YS50b2tlbg==.bm8=";
        };
    }
}
