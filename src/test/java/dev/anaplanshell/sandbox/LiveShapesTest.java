package dev.anaplanshell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    private AnaplanSandbox sandbox;
    private SandboxHttp http;
    private String auth;

    @BeforeEach
    void start() throws IOException {
        sandbox = AnaplanSandbox.start(SandboxOptions.defaults());
        http = new SandboxHttp(sandbox);
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

    @Test
    void should_cap_view_data_rows_with_max_rows() {
        String view = M + "/views/" + moduleId("DAT02 Revenue Actuals") + "/data";
        List<String> all = text(view, "text/csv").lines().toList();
        List<String> capped = text(view + "?maxRows=3", "text/csv").lines().toList();
        JsonNode json = JSON.readTree(text(view + "?format=v1&maxRows=2", "application/json"));

        assertThat(all.size()).isGreaterThan(5);
        assertThat(capped).hasSize(headerLines(all) + 3).isEqualTo(all.subList(0, capped.size()));
        assertThat(json.path("rows")).hasSize(2);
        assertThat(status("GET", view + "?maxRows=many")).isEqualTo(400);
    }

    @Test
    void should_give_each_export_type_its_csv_layout() {
        String module = moduleId("DAT02 Revenue Actuals");
        String view = M + "/views/" + module + "/data";
        JsonNode axes = call("GET", M + "/views/" + module, null);
        int pages = call("GET", M + "/views/" + module + "/dimensions/" + axes.path("pages").get(0).path("id")
                .asString() + "/items", null).path("items").size();
        List<String> current = text(view, "text/csv").lines().toList();

        List<String> allPages = text(view + "?exportType=GRID_ALL_PAGES", "text/csv").lines().toList();
        List<String> multi = text(view + "?exportType=TABULAR_MULTI_COLUMN&moduleId=" + module, "text/csv").lines()
                .toList();
        List<String> single = text(view + "?exportType=TABULAR_SINGLE_COLUMN&moduleId=" + module + "&maxRows=5",
                "text/csv").lines().toList();

        assertThat(pages).isGreaterThan(1);
        assertThat(allPages).hasSize(current.size() * pages);
        assertThat(allPages.subList(0, current.size())).isEqualTo(current);
        assertThat(multi.get(0)).startsWith("Line Items,Products,Regions,Jan ");
        assertThat(multi).hasSize(1 + (current.size() - headerLines(current)) * pages);
        assertThat(single.get(0)).isEqualTo("Line Items,Products,Regions,Time,Value");
        assertThat(single).hasSize(6);
        assertThat(single.get(1).split(",")).hasSize(5);
        assertThat(status("GET", view + "?exportType=TABULAR_MULTI_COLUMN")).as("no moduleId").isEqualTo(400);
        assertThat(status("GET", view + "?exportType=NO_SUCH_LAYOUT")).isEqualTo(400);
    }

    @Test
    void should_leave_properties_and_subsets_out_of_list_item_csv_unless_include_all() {
        String items = WM + "/lists/" + COUNTRIES + "/items";

        String plain = text(items, "text/csv").lines().findFirst().orElseThrow();
        String full = text(items + "?includeAll=true", "text/csv").lines().findFirst().orElseThrow();

        assertThat(plain).isEqualTo("id,name,code,parent,parentId,listId,listName");
        assertThat(full).isEqualTo("id,name,code,parent,parentId,listId,listName,Currency");
    }

    @Test
    void should_look_up_time_versions_and_users_items_by_name() {
        JsonNode time = call("POST", M + "/dimensions/20000000003/items",
                "{\"names\":[\"Jan 24\",\"q1 fy24\",\"FY24\",\"Smarch 24\"]}").path("items");
        JsonNode versions = call("POST", M + "/dimensions/20000000020/items", "{\"names\":[\"actual\"]}")
                .path("items");
        JsonNode users = call("POST", WM + "/dimensions/101999999999/items",
                "{\"names\":[\"" + DemoData.DEMO_USER + "\"]}").path("items");

        assertThat(time).extracting(i -> i.path("name").asString()).containsExactly("Jan 24", "Q1 FY24", "FY24");
        assertThat(versions).hasSize(1);
        assertThat(fieldNames(versions.get(0))).containsExactly("id", "name");
        assertThat(versions.get(0).path("name").asString()).isEqualTo("Actual");
        assertThat(users.get(0).path("name").asString()).isEqualTo(DemoData.DEMO_USER);
        assertThat(status("POST", M + "/dimensions/20000000003/items", "{\"codes\":[\"X\"]}")).isEqualTo(400);
        assertThat(status("GET", M + "/dimensions/20000000003/items")).isEqualTo(400);
    }

    private static int headerLines(List<String> csv) {
        int n = 0;
        while (n < csv.size() && (csv.get(n).startsWith(",") || n == 0)) {
            n++;
        }
        return n;
    }

    private String moduleId(String name) {
        for (JsonNode module : call("GET", M + "/modules", null).path("modules")) {
            if (module.path("name").asString().equals(name)) {
                return module.path("id").asString();
            }
        }
        throw new AssertionError("no module " + name);
    }

    private String text(String path, String accept) {
        HttpResponse<String> response = raw("GET", path, null, accept);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private int status(String method, String path) {
        return status(method, path, null);
    }

    private int status(String method, String path, String body) {
        return raw(method, path, body, "text/csv").statusCode();
    }

    private HttpResponse<String> raw(String method, String path, String body, String accept) {
        return http.json(method, path, auth, accept, body);
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
        HttpResponse<String> response = http.json(method, path, authorization, null, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
