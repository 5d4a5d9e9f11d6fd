package dev.anaplanshell.sandbox;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.methodIs;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isResponse;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.anaplanshell.sandbox.data.DemoData;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional endpoints (lists, views, dimensions, cells, versions, calendar, large-volume reads) on the demo
 * tenant, success and error cases, validated against the shared OpenAPI spec. Calls the spec lacks (the status,
 * page and delete calls of list read requests) are validated against the documented call of the same object.
 */
class TransactionalContractTest {

    private static final Path SPECS = Path.of(System.getProperty("anaplan.openapi.dir", "../shared/anaplan-openapi"));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String WS = DemoData.WORKSPACE_ID;
    static final String FPA = "7D6F1A0C93B24E58A1F40C2D9E8B3A61";
    static final String M = "/2/0/models/" + FPA;
    static final String WM = "/2/0/workspaces/" + WS + "/models/" + FPA;
    static final String REGIONS = "101000000003";
    static final String COUNTRIES = "101000000012";
    static final String PRODUCT_LOAD = "101000000011";
    static final String OPEX_SUBSET = "109000000001";
    /** "DAT02 Revenue Actuals": Products x Regions, months, Actual only. */
    static String revenueModule;
    static String revenueUnits;
    static String timeModule;

    private static AnaplanSandbox sandbox;
    private static OpenApiInteractionValidator spec;
    private static String token;
    private final HttpClient http = HttpClient.newHttpClient();

    /** One interaction; {@code documentedAs} is the spec path to validate against when the call is not in it. */
    record Case(String method, String path, String body, String accept, int status, String documentedAs) {
        Case(String method, String path, int status) {
            this(method, path, null, null, status, null);
        }

        Case body(String json) {
            return new Case(method, path, json, accept, status, documentedAs);
        }

        Case accept(String value) {
            return new Case(method, path, body, value, status, documentedAs);
        }

        Case as(String specPath) {
            return new Case(method, path, body, accept, status, specPath);
        }

        @Override
        public String toString() {
            return method + " " + path + (accept != null ? " [" + accept + "]" : "") + " -> " + status;
        }
    }

    private static boolean specsPresent() {
        return Files.isRegularFile(SPECS.resolve("integration-openapi.yaml"));
    }

    @BeforeAll
    static void start() throws Exception {
        sandbox = AnaplanSandbox.start(SandboxOptions.builder().listItems(1_200).viewCells(300).build());
        token = new TransactionalContractTest().login();
        JsonNode modules = new TransactionalContractTest().json("GET", M + "/modules", null, null).path("modules");
        for (JsonNode m : modules) {
            if (m.path("name").asString().equals("DAT02 Revenue Actuals")) {
                revenueModule = m.path("id").asString();
            }
            if (m.path("name").asString().equals("SYS01 Time Settings")) {
                timeModule = m.path("id").asString();
            }
        }
        for (JsonNode li : new TransactionalContractTest().json("GET", M + "/modules/" + revenueModule + "/lineItems",
                null, null).path("items")) {
            if (li.path("name").asString().equals("Units Sold")) {
                revenueUnits = li.path("id").asString();
            }
        }
        if (specsPresent()) {
            spec = OpenApiInteractionValidator.createForSpecificationUrl(SPECS.resolve("integration-openapi.yaml").toUri()
                    .toString()).withBasePathOverride("/2/0").withWhitelist(whitelist()).build();
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void requireSpecs() {
        Assumptions.assumeTrue(specsPresent(), "OpenAPI specs not found at " + SPECS.toAbsolutePath()
                + ": contract tests skipped");
    }

    private static ValidationErrorsWhitelist whitelist() {
        return ValidationErrorsWhitelist.create()
                // formatMetadata of non-NUMBER formats, as in SandboxContractTest.
                .withRule("formatMetadata fields of non-NUMBER formats", allOf(isResponse(),
                        messageHasKey("validation.response.body.schema.additionalProperties"),
                        messageContainsRegexp("/formatMetadata'")))
                // List items also come as CSV with Accept: text/csv (anaplan-api.md §5.6, Apiary); the spec lists JSON only.
                .withRule("list items as CSV", allOf(pathContainsRegexp("/lists/[^/]+/items$"),
                        messageContainsSubstring("text/csv")))
                // PUT .../items takes the same {"items":[...]} body as the add call (§5.7); the spec omits it.
                .withRule("list update body", allOf(isRequest(), methodIs(io.swagger.v3.oas.models.PathItem.HttpMethod.PUT),
                        pathContainsRegexp("/lists/[^/]+/items$"), messageContainsSubstring("No request body is expected")))
                // A view read request takes {"exportType": ...} (§6 and the spec's own description); no requestBody.
                .withRule("view read request body", allOf(isRequest(), pathContainsRegexp("/views/[^/]+/readRequests$"),
                        messageContainsSubstring("No request body is expected")))
                // WriteCellDataResponse forbids extra fields, yet every Integration API answer carries meta and status
                // (anaplan-api.md §5.8 shows them on this very call).
                .withRule("cell write envelope", allOf(isResponse(), pathContainsRegexp("/modules/[^/]+/data$"),
                        messageContainsSubstring("[\"meta\",\"status\"]")))
                // ListMetadata's property entries lack formatMetadata, which Anaplan documents for them (anaplan-api.md
                // §5.6, anaplan-sdk's ListMetadata) and an independent client needs on every property.
                .withRule("list property formatMetadata", allOf(isResponse(),
                        messageHasKey("validation.response.body.schema.additionalProperties"),
                        messageContainsRegexp("/metadata/properties/\\d+'\\] .*: \\[\"formatMetadata\"\\]$")))
                // The spec spells the numbered-list field "nextitemIndex"; Anaplan's metadata table and its clients
                // spell it nextItemIndex (anaplan-api.md §5.6, Anaplan Connect's ListMetadata).
                .withRule("nextItemIndex spelling", allOf(isResponse(),
                        messageHasKey("validation.response.body.schema.additionalProperties"),
                        messageContainsRegexp("/metadata'\\] .*: \\[\"nextItemIndex\"\\]$")))
                // ModelCalendar.totalsSelection uses isQuarterTotals...; the server-published object schema
                // (/2/0/objects/modelCalendar) and the reference's example (anaplan-api.md §5.10) name them
                // quarterTotals, halfYearTotals, yearToDateSummary, yearToGoSummary, totalOfAllPeriods.
                .withRule("calendar totals names", allOf(isResponse(),
                        messageHasKey("validation.response.body.schema.additionalProperties"),
                        messageContainsSubstring("/modelCalendar/totalsSelection'"),
                        messageContainsSubstring("[\"halfYearTotals\",\"quarterTotals\",\"totalOfAllPeriods\","
                                + "\"yearToDateSummary\",\"yearToGoSummary\"]")))
                // ViewReadRequest.viewId is typed integer after one doc example; ids are strings everywhere else
                // (anaplan-api.md §3.2), ListReadRequest.listId included, and clients read them as such.
                // The switchover body's date is typed format: date, yet Anaplan documents {"date": ""} as the reset
                // (anaplan-api.md §5.9, Apiary "Set version switchover").
                .withRule("switchover reset", allOf(isRequest(), pathContainsRegexp("/switchover$"),
                        messageContainsSubstring("String \"\" is invalid against requested date format")))
                .withRule("viewId is a string", allOf(isResponse(), messageHasKey("validation.response.body.schema.type"),
                        messageContainsSubstring("/viewReadRequest/viewId'")));
    }

    static Stream<Case> cases() {
        String view = "/views/" + revenueModule;
        return Stream.of(
                new Case("GET", M + "/lists", 200),
                new Case("GET", WM + "/lists?limit=3&offset=2", 200),
                new Case("GET", M + "/lists/" + COUNTRIES, 200),
                new Case("GET", WM + "/lists/" + REGIONS, 200),
                new Case("GET", M + "/lists/" + PRODUCT_LOAD, 200),
                new Case("GET", M + "/lists/101999999998", 404),
                new Case("GET", WM + "/lists/" + COUNTRIES + "/items", 200),
                new Case("GET", WM + "/lists/" + COUNTRIES + "/items?includeAll=true", 200),
                new Case("GET", WM + "/lists/" + COUNTRIES + "/items", 200).accept("text/csv"),
                new Case("GET", WM + "/lists/101999999998/items", 404),
                new Case("POST", WM + "/lists/" + COUNTRIES + "/items?action=add", 200)
                        .body("{\"items\":[{\"name\":\"Chile\",\"code\":\"CL\",\"parent\":\"Latin America\","
                                + "\"properties\":{\"Currency\":\"CLP\"}},{\"name\":\"Atlantis\",\"parent\":\"Nowhere\"}]}"),
                new Case("PUT", WM + "/lists/" + COUNTRIES + "/items", 200)
                        .body("{\"items\":[{\"code\":\"CL\",\"properties\":{\"Currency\":\"USD\"}},{\"code\":\"XX\"}]}"),
                new Case("POST", WM + "/lists/" + COUNTRIES + "/items?action=delete", 200)
                        .body("{\"items\":[{\"code\":\"CL\"},{\"code\":\"XX\"}]}"),
                new Case("POST", WM + "/lists/" + COUNTRIES + "/items?action=add", 400).body("{\"rows\":[]}"),
                new Case("POST", WM + "/lists/" + COUNTRIES + "/resetIndex", 400),
                new Case("POST", WM + "/lists/" + PRODUCT_LOAD + "/items?action=add", 200)
                        .body("{\"items\":[{\"code\":\"PLR9999\"},{\"name\":\"named\"}]}"),
                new Case("GET", M + "/views", 200),
                new Case("GET", WM + "/views?limit=5", 200),
                new Case("GET", M + "/modules/" + revenueModule + "/views", 200),
                new Case("GET", M + view, 200),
                new Case("GET", M + "/views/102999999999", 404),
                new Case("GET", M + view + "/data", 200).accept("text/csv"),
                new Case("GET", M + view + "/data?format=v1", 200).accept("application/json"),
                new Case("GET", M + view + "/data?format=v1&maxRows=2", 200).accept("application/json"),
                new Case("GET", M + view + "/data?maxRows=2", 200).accept("text/csv"),
                new Case("GET", M + view + "/data?exportType=GRID_ALL_PAGES", 200).accept("text/csv"),
                new Case("GET", M + view + "/data?exportType=TABULAR_SINGLE_COLUMN&moduleId=" + revenueModule, 200)
                        .accept("text/csv"),
                new Case("GET", M + view + "/data?exportType=TABULAR_MULTI_COLUMN", 400).accept("text/csv"),
                new Case("GET", M + "/views/" + timeModule + "/data?pages=20000000020:107000000002", 200)
                        .accept("text/csv"),
                new Case("GET", M + view + "/data?pages=101000000003:1", 400).accept("text/csv"),
                new Case("GET", M + view + "/dimensions/20000000003/items", 200),
                new Case("GET", M + view + "/dimensions/" + REGIONS + "/items", 200),
                new Case("GET", M + "/lineItems/" + revenueUnits + "/dimensions", 200),
                new Case("GET", WM + "/lineItems/" + revenueUnits + "/dimensions/" + REGIONS + "/items", 200),
                new Case("GET", M + "/lineItems/" + revenueUnits + "/dimensions/abc/items", 400),
                new Case("GET", M + "/dimensions/" + REGIONS + "/items", 200),
                new Case("GET", WM + "/dimensions/" + OPEX_SUBSET + "/items", 200),
                new Case("GET", M + "/dimensions/20000000003/items", 400),
                new Case("GET", M + "/dimensions/101999999998/items", 404),
                new Case("POST", M + "/dimensions/" + REGIONS + "/items", 200)
                        .body("{\"names\":[\"DACH\",\"nowhere\"],\"codes\":[\"NAM\"]}"),
                new Case("POST", M + "/dimensions/20000000003/items", 200).body("{\"names\":[\"Jan 24\",\"Q1 FY24\"]}"),
                new Case("POST", WM + "/dimensions/20000000020/items", 200).body("{\"names\":[\"Actual\"]}"),
                new Case("POST", M + "/dimensions/101999999999/items", 200)
                        .body("{\"names\":[\"" + DemoData.DEMO_USER + "\"]}"),
                new Case("GET", M + "/dimensions/101999999999/items", 200),
                new Case("POST", M + "/dimensions/20000000003/items", 400).body("{\"codes\":[\"J\"]}"),
                new Case("POST", M + "/modules/" + revenueModule + "/data", 200).body("[{\"lineItemId\":\"" + revenueUnits
                        + "\",\"dimensions\":[{\"dimensionName\":\"Products\",\"itemName\":\"Laptop 100\"},"
                        + "{\"dimensionName\":\"Regions\",\"itemCode\":\"DACH\"},{\"dimensionId\":\"20000000003\","
                        + "\"itemName\":\"Jan 24\"}],\"value\":42},{\"lineItemName\":\"Net Sales\",\"value\":1}]"),
                new Case("POST", M + "/modules/" + revenueModule + "/data", 400).body("{\"not\":\"an array\"}"),
                new Case("GET", M + "/modules/" + revenueModule + "/data", 405),
                new Case("GET", M + "/versions", 200),
                new Case("PUT", M + "/versions/107000000002/switchover", 200).body("{\"date\":\"2025-06-03\"}"),
                new Case("PUT", M + "/versions/107000000002/switchover", 200).body("{\"date\":\"\"}"),
                new Case("PUT", M + "/versions/107000000001/switchover", 400).body("{\"date\":\"2025-06-03\"}"),
                new Case("GET", M + "/currentPeriod", 200),
                new Case("PUT", WM + "/currentPeriod?date=2024-07-15", 200),
                new Case("PUT", M + "/currentPeriod", 200).body("{\"date\":\"2025-05-20\"}"),
                new Case("PUT", M + "/currentPeriod?date=2099-01-01", 400),
                new Case("PUT", M + "/currentPeriod?date=20-1-1", 400),
                new Case("GET", M + "/modelCalendar", 200),
                new Case("PUT", M + "/modelCalendar/fiscalYear", 200).body("{\"year\":\"FY25\"}"),
                new Case("PUT", M + "/modelCalendar/fiscalYear", 400).body("{\"year\":\"FY40\"}"),
                new Case("GET", M + "/modelCalendar/fiscalYear", 405));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void transactional_api_matches_the_spec(Case c) {
        check(c);
    }

    @Test
    void should_create_read_page_and_delete_a_view_read_request_as_the_spec_says() {
        String base = WM + "/views/" + revenueModule + "/readRequests";
        HttpResponse<String> start = check(new Case("POST", base, 200).body("{\"exportType\":\"TABULAR_MULTI_COLUMN\"}"));
        String id = read(start).path("viewReadRequest").path("requestId").asString();
        HttpResponse<String> status = check(new Case("GET", base + "/" + id, 200));
        assertThat(read(status).path("viewReadRequest").path("requestState").asString()).isEqualTo("COMPLETE");
        assertThat(read(status).path("viewReadRequest").path("availablePages").asInt()).isEqualTo(1);
        HttpResponse<String> page = check(new Case("GET", base + "/" + id + "/pages/0", 200).accept("text/csv"));
        assertThat(page.body()).startsWith("Line Items,Products,Regions,Jan 23,");
        check(new Case("GET", base + "/" + id + "/pages/1", 404).accept("text/csv"));
        check(new Case("DELETE", base + "/" + id, 200));
        check(new Case("GET", base + "/" + id, 404));
        check(new Case("POST", base, 400).body("{\"exportType\":\"NO_SUCH_LAYOUT\"}"));
    }

    @Test
    void should_create_read_page_and_delete_a_list_read_request_as_the_spec_says() {
        String documented = "/2/0/workspaces/" + WS + "/models/" + FPA + "/lists/" + COUNTRIES + "/readRequests";
        String base = WM + "/lists/" + COUNTRIES + "/readRequests";
        HttpResponse<String> start = check(new Case("POST", base, 200));
        String id = read(start).path("listReadRequest").path("requestId").asString();
        HttpResponse<String> status = check(new Case("GET", base + "/" + id, 200).as("POST " + documented));
        assertThat(read(status).path("listReadRequest").path("availablePages").asInt()).isEqualTo(1);
        HttpResponse<String> page = send(new Case("GET", base + "/" + id + "/pages/0", 200).accept("text/csv"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/csv");
        assertThat(page.body()).startsWith(",Parent,Code,Currency\r\nUnited States,North America,US,USD\r\n");
        check(new Case("DELETE", base + "/" + id, 200).as("POST " + documented));
        assertThat(send(new Case("GET", base + "/" + id, 404)).statusCode()).isEqualTo(404);
    }

    /** Over the cap of 1,000,000 cells the data call is a 400 (no partial result), as on the real service. */
    @Test
    void should_refuse_view_data_over_a_million_cells() throws IOException {
        try (AnaplanSandbox big = AnaplanSandbox.start(SandboxOptions.builder().viewCells(1_000_010).build())) {
            TransactionalContractTest other = new TransactionalContractTest();
            String header = "AnaplanAuthToken " + other.login(big);
            String volume = "5A1B7C3D9E2F4A6B8C0D1E3F5A7B9C2D";
            JsonNode modules = JSON.readTree(other.raw(big, "GET", "/2/0/models/" + volume + "/modules", null, null,
                    header).body());
            String path = "/2/0/models/" + volume + "/views/" + modules.path("modules").get(0).path("id").asString()
                    + "/data";
            HttpResponse<String> r = other.raw(big, "GET", path, null, "text/csv", header);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(read(r).path("status").path("message").asString()).contains("1,000,000");
        }
    }

    private HttpResponse<String> check(Case c) {
        HttpResponse<String> real = send(c);
        assertThat(real.statusCode()).as(c + ": " + real.body()).isEqualTo(c.status());
        String contentType = real.headers().firstValue("Content-Type").orElse(null);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(real.statusCode());
        if (real.body() != null && !real.body().isEmpty()) {
            response.withContentType(contentType).withBody(real.body());
        }
        ValidationReport report;
        if (c.documentedAs() != null) {
            String[] documented = c.documentedAs().split(" ", 2);
            report = spec.validateResponse(documented[1], Request.Method.valueOf(documented[0]), response.build());
        } else if (c.status() >= 400 && c.status() != 404) {
            assertThat(read(real).path("status").path("code").asInt()).isEqualTo(c.status());
            report = spec.validateResponse(M + "/modules", Request.Method.GET, SimpleResponse.Builder.status(404)
                    .withContentType("application/json").withBody(real.body()).build());
        } else {
            report = spec.validate(request(c), response.build());
        }
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
        assertThat(errors).as(c + "\n" + real.body() + "\n" + report).isEmpty();
        return real;
    }

    private static SimpleRequest request(Case c) {
        URI uri = URI.create(c.path());
        SimpleRequest.Builder builder = new SimpleRequest.Builder(c.method(), uri.getPath())
                .withAuthorization("AnaplanAuthToken " + token);
        if (c.accept() != null) {
            builder.withAccept(c.accept());
        }
        if (c.body() != null) {
            builder.withContentType("application/json").withBody(c.body());
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                builder.withQueryParam(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return builder.build();
    }

    private HttpResponse<String> send(Case c) {
        return raw(sandbox, c.method(), c.path(), c.body(), c.accept(), "AnaplanAuthToken " + token);
    }

    private JsonNode json(String method, String path, String body, String accept) {
        return read(raw(sandbox, method, path, body, accept, "AnaplanAuthToken " + token));
    }

    private String login() {
        return login(sandbox);
    }

    private String login(AnaplanSandbox target) {
        return read(raw(target, "POST", "/token/authenticate", null, null,
                SandboxHttp.basic(DemoData.DEMO_USER, DemoData.DEMO_PASSWORD))).path("tokenInfo").path("tokenValue")
                .asString();
    }

    private HttpResponse<String> raw(AnaplanSandbox target, String method, String path, String body, String accept,
            String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.baseUrl().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", authorization);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
