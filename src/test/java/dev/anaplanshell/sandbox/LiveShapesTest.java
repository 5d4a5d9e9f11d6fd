package dev.anaplanshell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.sandbox.data.DemoData;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tenant and transactional answers in the shapes the live service sends (issue 16, anaplan-api.md §4–§6): the
 * fields an independent client reads are there, with the documented types and counts.
 */
class LiveShapesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FPA = TransactionalContractTest.FPA;
    private static final String WM = "/2/0/workspaces/" + DemoData.WORKSPACE_ID + "/models/" + FPA;
    private static final String M = "/2/0/models/" + FPA;
    private static final String COUNTRIES = TransactionalContractTest.COUNTRIES;
    private static final String REGIONS = TransactionalContractTest.REGIONS;
    private static final String PRODUCT_LOAD = TransactionalContractTest.PRODUCT_LOAD;

    private final HttpClient http = HttpClient.newHttpClient();
    private AnaplanSandbox sandbox;
    private String auth;

    @BeforeEach
    void start() throws IOException {
        sandbox = AnaplanSandbox.start(SandboxOptions.defaults());
        auth = "AnaplanAuthToken " + call("POST", "/token/authenticate", null,
                SandboxHttp.basic(DemoData.DEMO_USER, DemoData.DEMO_PASSWORD)).path("tokenInfo").path("tokenValue")
                .asString();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void should_carry_every_documented_detail_field_on_models_with_model_details() {
        String me = call("GET", "/2/0/users/me", null).path("user").path("id").asString();
        List<JsonNode> models = new ArrayList<>();
        call("GET", "/2/0/models?modelDetails=true", null).path("models").forEach(models::add);
        models.add(call("GET", M + "?modelDetails=true", null).path("model"));

        for (JsonNode model : models) {
            assertThat(model.path("lastSavedSerialNumber").isIntegralNumber()).as(model.toString()).isTrue();
            assertThat(model.path("lastModifiedByUserGuid").asString()).isEqualTo(me);
            assertThat(model.path("memoryUsage").isNumber()).isTrue();
            assertThat(model.path("isoCreationDate").isString()).isTrue();
            assertThat(model.path("lastModified").isString()).isTrue();
            assertThat(model.path("currentWorkspaceName").isString()).isTrue();
            assertThat(model.path("categoryValues").isArray()).isTrue();
        }
        JsonNode plain = call("GET", M, null).path("model");
        assertThat(plain.has("lastSavedSerialNumber")).isFalse();
        assertThat(plain.has("lastModifiedByUserGuid")).isFalse();
    }

    @Test
    void should_give_list_metadata_permitted_items_and_every_property_a_format_metadata() {
        JsonNode products = listMetadata(listId("Products"));
        JsonNode countries = listMetadata(COUNTRIES);
        JsonNode numbered = listMetadata(PRODUCT_LOAD);

        assertThat(countries.path("permittedItems").isIntegralNumber()).isTrue();
        assertThat(countries.path("permittedItems").asLong() + countries.path("itemCount").asLong())
                .isEqualTo(999_999_999L);
        List<JsonNode> properties = new ArrayList<>();
        for (JsonNode list : List.of(products, countries)) {
            list.path("properties").forEach(properties::add);
        }
        assertThat(properties).isNotEmpty().allSatisfy(p -> assertThat(p.path("formatMetadata").path("dataType")
                .isString()).as(p.toString()).isTrue());
        assertThat(properties).anySatisfy(p -> assertThat(p.path("formatMetadata").path("dataType").asString())
                .isEqualTo("NUMBER"));
        assertThat(numbered.path("numberedList").asBoolean()).isTrue();
        assertThat(numbered.path("nextItemIndex").asLong()).isEqualTo(numbered.path("itemCount").asLong() + 1);
        add(COUNTRIES, "{\"items\":[{\"name\":\"Chile\",\"code\":\"CL\",\"parent\":\"Latin America\"}]}");
        assertThat(listMetadata(COUNTRIES).path("permittedItems").asLong())
                .isEqualTo(countries.path("permittedItems").asLong() - 1);
    }

    @Test
    void should_count_a_failed_item_as_ignored_as_the_spec_example() {
        JsonNode result = add(COUNTRIES, "{\"items\":[{\"name\":\"Chile\",\"code\":\"CL\",\"parent\":\"Latin America\"},"
                + "{\"name\":\"Atlantis\",\"parent\":\"Nowhere\"}]}");

        assertThat(result.path("added").asInt()).isEqualTo(1);
        assertThat(result.path("ignored").asInt()).isEqualTo(1);
        assertThat(result.path("total").asInt()).isEqualTo(2);
        assertThat(result.path("failures")).hasSize(1);
        assertThat(result.path("failures").get(0).path("requestIndex").asInt()).isEqualTo(1);
    }

    @Test
    void should_report_a_re_sent_item_in_failures_so_that_a_client_can_update_it() {
        add(COUNTRIES, "{\"items\":[{\"name\":\"Chile\",\"code\":\"CL\",\"parent\":\"Latin America\"}]}");

        JsonNode again = add(COUNTRIES, "{\"items\":[{\"name\":\"Chile\",\"code\":\"CL\",\"parent\":\"Latin America\"}]}");

        assertThat(again.path("added").asInt()).isZero();
        assertThat(again.path("ignored").asInt()).isEqualTo(1);
        assertThat(again.path("failures")).hasSize(1);
        assertThat(again.path("failures").get(0).path("failureMessageDetails").asString()).contains("Chile");
    }

    @Test
    void should_rename_the_item_found_by_code_when_an_update_has_code_and_name() {
        add(COUNTRIES, "{\"items\":[{\"name\":\"Chile\",\"code\":\"CL\",\"parent\":\"Latin America\"}]}");

        JsonNode result = update(COUNTRIES, "{\"items\":[{\"code\":\"CL\",\"name\":\"Republic of Chile\"}]}");

        assertThat(result.path("updated").asInt()).isEqualTo(1);
        assertThat(result.path("ignored").asInt()).isZero();
        assertThat(result.has("failures")).isFalse();
        JsonNode chile = item(COUNTRIES, "CL");
        assertThat(chile.path("name").asString()).isEqualTo("Republic of Chile");
        assertThat(chile.path("parent").asString()).isEqualTo("Latin America");
    }

    @Test
    void should_follow_the_update_logic_table_for_names_and_codes() {
        add(REGIONS, "{\"items\":[{\"name\":\"Polar\"},{\"name\":\"Orbit\",\"code\":\"ORB\"}]}");

        JsonNode result = update(REGIONS, "{\"items\":["
                + "{\"name\":\"Polar\",\"code\":\"POL\"},"           // code assigned to an item without one
                + "{\"name\":\"Orbit\",\"properties\":{\"Manager\":\"x\"}},"  // name only, the item has a code
                + "{\"name\":\"Orbit\",\"code\":\"ORB2\"},"          // the name is taken by an item with a code
                + "{\"code\":\"ORB\",\"name\":\"Polar\"},"           // renaming to a taken name
                + "{\"id\":\"" + item(REGIONS, "ORB").path("id").asString() + "\",\"code\":\"\"}]}"); // removing a code

        assertThat(result.path("updated").asInt()).isEqualTo(1);
        assertThat(result.path("ignored").asInt()).isEqualTo(4);
        assertThat(result.path("failures")).extracting(f -> f.path("requestIndex").asInt())
                .containsExactly(1, 2, 3, 4);
        assertThat(result.path("failures")).allSatisfy(f -> assertThat(f.path("failureType").asString())
                .isEqualTo("INCOMPLETE_DATA"));
        assertThat(item(REGIONS, "POL").path("name").asString()).isEqualTo("Polar");
    }

    @Test
    void should_name_the_calendar_totals_as_the_published_object_schema() {
        JsonNode totals = call("GET", M + "/modelCalendar", null).path("modelCalendar").path("totalsSelection");

        assertThat(fieldNames(totals)).containsExactly("quarterTotals", "halfYearTotals", "yearToDateSummary",
                "yearToGoSummary", "totalOfAllPeriods");
        assertThat(totals.path("quarterTotals").isBoolean()).isTrue();
    }

    @Test
    void should_give_view_and_list_read_requests_string_ids() {
        String view = call("GET", M + "/views?limit=1", null).path("views").get(0).path("id").asString();
        String viewRead = WM + "/views/" + view + "/readRequests";
        String viewRequest = call("POST", viewRead, "{\"exportType\":\"TABULAR_MULTI_COLUMN\"}")
                .path("viewReadRequest").path("requestId").asString();
        String listRead = WM + "/lists/" + COUNTRIES + "/readRequests";
        String listRequest = call("POST", listRead, null).path("listReadRequest").path("requestId").asString();

        JsonNode viewStatus = call("GET", viewRead + "/" + viewRequest, null).path("viewReadRequest");
        JsonNode listStatus = call("GET", listRead + "/" + listRequest, null).path("listReadRequest");

        assertThat(viewStatus.path("viewId").isString()).as(viewStatus.toString()).isTrue();
        assertThat(viewStatus.path("viewId").asString()).isEqualTo(view);
        assertThat(listStatus.path("listId").isString()).isTrue();
        assertThat(listStatus.path("listId").asString()).isEqualTo(COUNTRIES);
    }

    private String listId(String name) {
        for (JsonNode list : call("GET", M + "/lists", null).path("lists")) {
            if (list.path("name").asString().equals(name)) {
                return list.path("id").asString();
            }
        }
        throw new AssertionError("no list " + name);
    }

    private JsonNode listMetadata(String listId) {
        return call("GET", M + "/lists/" + listId, null).path("metadata");
    }

    private JsonNode add(String listId, String body) {
        return call("POST", WM + "/lists/" + listId + "/items?action=add", body);
    }

    private JsonNode update(String listId, String body) {
        return call("PUT", WM + "/lists/" + listId + "/items", body);
    }

    private JsonNode item(String listId, String code) {
        for (JsonNode item : call("GET", M + "/lists/" + listId + "/items", null).path("listItems")) {
            if (code.equals(item.path("code").asString(null))) {
                return item;
            }
        }
        throw new AssertionError("no item with code " + code);
    }

    private JsonNode call(String method, String path, String body) {
        return call(method, path, body, auth);
    }

    private JsonNode call(String method, String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", authorization);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
