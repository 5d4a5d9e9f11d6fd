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
 * Endpoints the reference documents that independent clients call (issue 16 item 8): users, model status, open and
 * close, bulk deletion of models, and a list's index reset.
 */
class DocumentedEndpointsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WS = DemoData.WORKSPACE_ID;
    private static final String FPA = TransactionalContractTest.FPA;
    private static final String EXTRA = "analyst@example.com";

    private final MutableClock clock = new MutableClock();
    private AnaplanSandbox sandbox;
    private SandboxHttp http;
    private String auth;

    @BeforeEach
    void start() throws IOException {
        sandbox = AnaplanSandbox.start(SandboxOptions.builder().clock(clock)
                .user(EXTRA, "secret").build());
        http = new SandboxHttp(sandbox);
        auth = "AnaplanAuthToken " + JSON.readTree(send("POST", "/token/authenticate", null,
                SandboxHttp.basic(DemoData.DEMO_USER, DemoData.DEMO_PASSWORD)).body()).path("tokenInfo")
                .path("tokenValue").asString();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void should_list_every_user_and_find_one_by_id() {
        JsonNode users = json("GET", "/2/0/users", null, 200);
        List<String> emails = new ArrayList<>();
        users.path("users").forEach(u -> emails.add(u.path("email").asString()));
        String extraId = users.path("users").get(1).path("id").asString();

        assertThat(emails).containsExactly(DemoData.DEMO_USER, EXTRA);
        assertThat(users.path("meta").path("paging").path("totalSize").asInt()).isEqualTo(2);
        assertThat(json("GET", "/2/0/users?limit=1&offset=1", null, 200).path("users").get(0).path("email")
                .asString()).isEqualTo(EXTRA);
        assertThat(json("GET", "/2/0/users?sort=-email", null, 200).path("users").get(0).path("email").asString())
                .isEqualTo(DemoData.DEMO_USER);
        assertThat(json("GET", "/2/0/users/" + extraId, null, 200).path("user").path("email").asString())
                .isEqualTo(EXTRA);
        assertThat(send("GET", "/2/0/users/ffffffffffffffffffffffffffffffff", null, auth).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/2/0/users?sort=email", null, auth).statusCode()).isEqualTo(400);
    }

    @Test
    void should_close_open_and_report_a_model_status_without_an_envelope() {
        String model = "/2/0/workspaces/" + WS + "/models/" + FPA;
        JsonNode open = json("GET", model + "/status", null, 200);
        assertThat(LiveShapesTest.fieldNames(open)).containsExactly("requestStatus");
        assertThat(open.path("requestStatus").path("currentStep").asString()).isEqualTo("Open");
        assertThat(open.path("requestStatus").path("progress").asDouble()).isEqualTo(-1.0);
        assertThat(open.path("requestStatus").path("creationTime").asLong()).isEqualTo(clock.millis());

        assertThat(send("POST", "/2/0/models/" + FPA + "/close", null, auth).statusCode()).isEqualTo(204);
        assertThat(json("GET", "/2/0/models/" + FPA + "/status", null, 200).path("requestStatus")
                .path("currentStep").asString()).isEqualTo("Closed");
        assertThat(send("POST", model + "/open", null, auth).statusCode()).isEqualTo(202);
        assertThat(send("POST", model + "/open", null, auth).statusCode()).isEqualTo(200);
        assertThat(json("GET", model + "/status", null, 200).path("requestStatus").path("currentStep").asString())
                .isEqualTo("Open");
        assertThat(send("POST", "/2/0/models/00000000000000000000000000000000/open", null, auth).statusCode())
                .isEqualTo(404);
    }

    @Test
    void should_delete_closed_models_and_report_open_and_unknown_ones() {
        List<String> ids = new ArrayList<>();
        json("GET", "/2/0/workspaces/" + WS + "/models", null, 200).path("models")
                .forEach(m -> ids.add(m.path("id").asString()));
        String closed = ids.stream().filter(id -> !id.equals(FPA)).findFirst().orElseThrow();
        send("POST", "/2/0/models/" + closed + "/close", null, auth);

        JsonNode result = json("POST", "/2/0/workspaces/" + WS + "/bulkDeleteModels",
                "{\"modelIdsToDelete\":[\"" + closed + "\",\"" + FPA + "\",\"Incorrect_Model_Id\"]}", 200);

        assertThat(result.path("modelsDeleted").asInt()).isEqualTo(1);
        assertThat(result.path("bulkDeleteModelsFailures")).extracting(f -> f.path("modelId").asString() + ": "
                + f.path("message").asString()).containsExactly(
                        FPA + ": Model is open. Please close the model before trying again.",
                        "Incorrect_Model_Id: Model ID does not exist.");
        assertThat(send("GET", "/2/0/models/" + closed, null, auth).statusCode()).isEqualTo(404);
        send("POST", "/2/0/models/" + FPA + "/close", null, auth);
        JsonNode all = json("POST", "/2/0/workspaces/" + WS + "/bulkDeleteModels",
                "{\"modelIdsToDelete\":[\"" + FPA + "\"]}", 200);
        assertThat(all.path("modelsDeleted").asInt()).isEqualTo(1);
        assertThat(all.has("bulkDeleteModelsFailures")).as("omitted on full success").isFalse();
        assertThat(json("POST", "/2/0/workspaces/" + WS + "/bulkDeleteModels", "{\"modelIdsToDelete\":[]}", 400)
                .path("status").path("message").asString())
                .isEqualTo("Expected mandatory field 'modelIdsToDelete' to be present and not empty.");
        assertThat(json("POST", "/2/0/workspaces/" + WS + "/bulkDeleteModels", "{\"modelIds\":[\"x\"]}", 400)
                .path("status").path("message").asString()).isEqualTo("Identified an unrecognized 'modelIds'. "
                        + "Amend the content so it only contains applicable fields.");
    }

    @Test
    void should_reset_the_index_of_an_empty_list_only() {
        String list = "/2/0/workspaces/" + WS + "/models/" + FPA + "/lists/" + TransactionalContractTest.PRODUCT_LOAD;
        JsonNode refused = json("POST", list + "/resetIndex", null, 400);
        assertThat(refused.path("status").path("message").asString())
                .startsWith("We can't reset the list item index of a list that contains data.");
        StringBuilder all = new StringBuilder();
        for (JsonNode item : json("GET", list + "/items", null, 200).path("listItems")) {
            all.append(all.isEmpty() ? "" : ",").append("{\"id\":\"").append(item.path("id").asString()).append("\"}");
        }
        json("POST", list + "/items?action=delete", "{\"items\":[" + all + "]}", 200);

        HttpResponse<String> reset = send("POST", list + "/resetIndex", null, auth);
        json("POST", list + "/items?action=add", "{\"items\":[{\"code\":\"FIRST\"}]}", 200);

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).isEmpty();
        assertThat(json("GET", list + "/items", null, 200).path("listItems").get(0).path("name").asString())
                .isEqualTo("#1");
    }

    @Test
    void should_set_and_reset_a_version_switchover() {
        String model = "/2/0/models/" + FPA;
        String forecast = versionId(model, "Forecast");

        JsonNode set = json("PUT", model + "/versions/" + forecast + "/switchover", "{\"date\":\"2025-06-03\"}", 200);
        JsonNode listed = version(model, "Forecast");
        JsonNode reset = json("PUT", model + "/versions/" + forecast + "/switchover", "{\"date\":\"\"}", 200);

        assertThat(set.path("versionSwitchover").path("periodText").asString()).isEqualTo("Jun 25");
        assertThat(set.path("versionSwitchover").path("date").asString()).isEqualTo("2025-06-01");
        assertThat(set.path("versionSwitchover").path("calendarType").asString())
                .isEqualTo("Calendar Months/Quarters/Years");
        assertThat(listed.path("switchover").path("date").asString()).isEqualTo("2025-06-01");
        assertThat(reset.path("versionSwitchover").path("date").asString()).isEmpty();
        assertThat(version(model, "Forecast").has("switchover")).isFalse();
        json("PUT", model + "/versions/" + versionId(model, "Actual") + "/switchover", "{\"date\":\"2025-06-03\"}",
                400);
        json("PUT", model + "/versions/" + forecast + "/switchover", "{\"date\":\"2099-01-01\"}", 400);
    }

    @Test
    void should_preview_a_list_as_csv_and_list_workspace_admins_and_visitors() {
        String list = "/2/0/workspaces/" + WS + "/models/" + FPA + "/lists/" + TransactionalContractTest.COUNTRIES;

        HttpResponse<String> preview = send("GET", list + "/preview", null, auth);
        JsonNode admins = json("GET", "/2/0/workspaces/" + WS + "/admins", null, 200);
        JsonNode visitors = json("GET", "/2/0/workspaces/" + WS + "/visitors", null, 200);

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type")).hasValue("text/csv");
        assertThat(preview.body().lines().findFirst().orElseThrow())
                .isEqualTo("id,name,code,parent,parentId,listId,listName,Currency");
        assertThat(admins.path("admins")).extracting(a -> a.path("email").asString())
                .containsExactly(DemoData.DEMO_USER, EXTRA);
        assertThat(admins.path("admins").get(0).path("otherWorkspaces").isArray()).isTrue();
        assertThat(visitors.path("visitors").isArray()).isTrue();
        assertThat(visitors.path("visitors")).isEmpty();
    }

    private String versionId(String model, String name) {
        return version(model, name).path("id").asString();
    }

    private JsonNode version(String model, String name) {
        for (JsonNode v : json("GET", model + "/versions", null, 200).path("versionMetadata")) {
            if (v.path("name").asString().equals(name)) {
                return v;
            }
        }
        throw new AssertionError("no version " + name);
    }

    private JsonNode json(String method, String path, String body, int status) {
        HttpResponse<String> response = send(method, path, body, auth);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body, String authorization) {
        return http.json(method, path, authorization, null, body);
    }
}
