package dev.anaplanshell.sandbox;

import static dev.anaplanshell.sandbox.Fixtures.COSTS_MODULE;
import static dev.anaplanshell.sandbox.Fixtures.EMPTY_MODULE;
import static dev.anaplanshell.sandbox.Fixtures.FPA;
import static dev.anaplanshell.sandbox.Fixtures.REVENUE_MODULE;
import static dev.anaplanshell.sandbox.Fixtures.WS_FINANCE;
import static dev.anaplanshell.sandbox.Fixtures.WS_SALES;
import static dev.anaplanshell.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class IntegrationApiTest {

    private static AnaplanSandbox sandbox;
    private static SandboxHttp http;
    private static String auth;

    @BeforeAll
    static void start() throws IOException {
        sandbox = AnaplanSandbox.start(SandboxOptions.defaults(), Fixtures.smallTenant());
        http = new SandboxHttp(sandbox);
        auth = "AnaplanAuthToken " + http.login();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static JsonNode ok(String pathAndQuery) {
        HttpResponse<String> response = http.get(pathAndQuery, auth);
        assertThat(response.statusCode()).as(pathAndQuery + " -> " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = json(response);
        assertThat(body.path("status").path("code").asInt()).isEqualTo(200);
        assertThat(body.path("status").path("message").asString()).isEqualTo("Success");
        return body;
    }

    private static List<String> ids(JsonNode array) {
        return array.values().stream().map(n -> n.path("id").asString()).toList();
    }

    @Test
    void should_return_the_current_user() {
        JsonNode user = ok("/2/0/users/me").path("user");

        assertThat(user.path("id").asString()).isEqualTo(Fixtures.USER_ID);
        assertThat(user.path("email").asString()).isEqualTo(Fixtures.EMAIL);
        assertThat(user.path("customerId").asString()).isEqualTo(Fixtures.CUSTOMER_ID);
    }

    @Test
    void should_accept_a_bearer_token_too() {
        assertThat(http.get("/2/0/users/me", auth.replace("AnaplanAuthToken", "Bearer")).statusCode()).isEqualTo(200);
    }

    @Test
    void should_answer_401_with_the_error_envelope_without_a_valid_token() {
        for (String header : new String[] {null, "AnaplanAuthToken not-a-token", "Basic ZGVtbzpkZW1v"}) {
            HttpResponse<String> response = http.get("/2/0/models", header);

            assertThat(response.statusCode()).isEqualTo(401);
            JsonNode body = json(response);
            assertThat(body.path("status").path("code").asInt()).isEqualTo(401);
            assertThat(body.path("path").asString()).isEqualTo("/2/0/models");
            assertThat(body.path("timestamp").asString()).isNotBlank();
        }
    }

    @Test
    void should_list_workspaces_with_current_size_only_on_tenant_details() {
        JsonNode plain = ok("/2/0/workspaces");
        JsonNode detailed = ok("/2/0/workspaces?tenantDetails=true");

        assertThat(ids(plain.path("workspaces"))).containsExactly(WS_FINANCE, WS_SALES);
        assertThat(plain.path("workspaces").get(0).has("currentSize")).isFalse();
        assertThat(detailed.path("workspaces").get(0).path("currentSize").asLong()).isEqualTo(2_147_483_648L);
        assertThat(plain.path("meta").path("schema").asString()).isEqualTo(sandbox.baseUrl() + "/2/0/objects/workspace");
        assertThat(plain.path("meta").path("paging").path("totalSize").asInt()).isEqualTo(2);
    }

    @Test
    void should_return_one_workspace_or_404() {
        assertThat(ok("/2/0/workspaces/" + WS_SALES).path("workspace").path("name").asString()).isEqualTo("Sales");
        assertThat(http.get("/2/0/workspaces/8a868cd97c4a2d0a017c4ab7e1f6ffff", auth).statusCode()).isEqualTo(404);
    }

    @Test
    void should_list_models_of_the_tenant_and_of_a_workspace() {
        assertThat(ids(ok("/2/0/models").path("models"))).hasSize(3);
        assertThat(ids(ok("/2/0/workspaces/" + WS_FINANCE + "/models").path("models")))
                .containsExactly(FPA, Fixtures.HR);
    }

    @Test
    void should_add_memory_usage_only_with_model_details_and_omit_it_for_archived_models() {
        JsonNode plain = ok("/2/0/models").path("models").get(0);
        JsonNode detailed = ok("/2/0/models?modelDetails=true").path("models");

        assertThat(plain.has("memoryUsage")).isFalse();
        assertThat(plain.path("currentWorkspaceName").asString()).isEqualTo("Finance");
        assertThat(detailed.get(0).path("memoryUsage").asLong()).isEqualTo(163_950_621L);
        assertThat(detailed.get(0).path("isoCreationDate").asString()).isEqualTo("2024-01-15T09:30:00.000+0000");
        assertThat(detailed.get(1).has("isoCreationDate")).as("null fields are omitted").isFalse();
        assertThat(detailed.get(2).has("memoryUsage")).as("archived").isFalse();
    }

    @Test
    void should_return_one_model_with_transaction_flag_on_model_details() {
        assertThat(ok("/2/0/models/" + FPA).path("model").path("name").asString()).isEqualTo("FP&A Plan");
        assertThat(ok("/2/0/models/" + FPA).path("model").has("modelTransactionRunning")).isFalse();
        assertThat(ok("/2/0/models/" + FPA + "?modelDetails=true").path("model").path("modelTransactionRunning")
                .isBoolean()).isTrue();
    }

    @Test
    void should_answer_404_for_an_unknown_model_with_the_error_envelope() {
        String path = "/2/0/models/00000000000000000000000000000000/modules";
        HttpResponse<String> response = http.get(path, auth);

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode body = json(response);
        assertThat(body.path("status").path("code").asInt()).isEqualTo(404);
        assertThat(body.path("status").path("message").asString()).isEqualTo("Not Found");
        assertThat(body.path("path").asString()).isEqualTo(path);
        assertThat(http.get("/2/0/models/" + FPA.toLowerCase(), auth).statusCode()).as("ids are case-sensitive")
                .isEqualTo(404);
    }

    @Test
    void should_answer_404_for_unknown_routes_and_405_for_wrong_verbs() {
        assertThat(http.get("/2/0/nothing/here", auth).statusCode()).isEqualTo(404);
        assertThat(json(http.get("/2/0/nothing/here", auth)).path("status").path("code").asInt()).isEqualTo(404);
        HttpResponse<String> post = http.send("POST", "/2/0/models", auth);
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(json(post).path("status").path("message").asString()).isEqualTo("Method Not Allowed");
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        assertThat(http.get("/2/0/workspaces/" + WS_FINANCE + "/models/" + FPA, auth).statusCode()).isEqualTo(405);
    }

    @Test
    void should_be_liberal_about_trailing_and_double_slashes() {
        assertThat(ids(ok("/2/0/models/" + FPA + "/modules/").path("modules"))).hasSize(3);
        assertThat(ids(ok("/2/0//models/" + FPA + "/modules").path("modules"))).hasSize(3);
    }

    @Test
    void should_page_modules_with_limit_offset_and_next_previous_links() {
        JsonNode first = ok("/2/0/models/" + FPA + "/modules?limit=2");
        JsonNode paging = first.path("meta").path("paging");

        assertThat(ids(first.path("modules"))).containsExactly(REVENUE_MODULE, COSTS_MODULE);
        assertThat(paging.path("currentPageSize").asInt()).isEqualTo(2);
        assertThat(paging.path("offset").asInt()).isZero();
        assertThat(paging.path("totalSize").asInt()).isEqualTo(3);
        assertThat(paging.has("previous")).isFalse();
        String next = paging.path("next").asString();
        assertThat(next).isEqualTo(sandbox.baseUrl() + "/2/0/models/" + FPA + "/modules?limit=2&offset=2");

        JsonNode second = ok(next.substring(sandbox.baseUrl().toString().length()));
        JsonNode secondPaging = second.path("meta").path("paging");
        assertThat(ids(second.path("modules"))).containsExactly(EMPTY_MODULE);
        assertThat(secondPaging.has("next")).isFalse();
        assertThat(secondPaging.path("previous").asString()).endsWith("/modules?limit=2&offset=0");
    }

    @Test
    void should_omit_next_and_previous_when_everything_fits() {
        JsonNode paging = ok("/2/0/models/" + FPA + "/modules").path("meta").path("paging");

        assertThat(paging.propertyNames()).containsExactly("currentPageSize", "offset", "totalSize");
    }

    @Test
    void should_reject_bad_paging_values_with_400() {
        for (String query : new String[] {"limit=0", "limit=-1", "offset=-1", "limit=abc", "offset=1.5"}) {
            HttpResponse<String> response = http.get("/2/0/models?" + query, auth);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json(response).path("status").path("code").asInt()).isEqualTo(400);
        }
    }

    @Test
    void should_sort_and_search_models() {
        assertThat(ids(ok("/2/0/models?sort=-name").path("models"))).containsExactly(Fixtures.PIPELINE, Fixtures.HR, FPA);
        assertThat(ids(ok("/2/0/models?sort=%2Bname").path("models"))).containsExactly(FPA, Fixtures.HR, Fixtures.PIPELINE);
        assertThat(ids(ok("/2/0/models?s=plan").path("models"))).containsExactly(FPA, Fixtures.HR);
        assertThat(http.get("/2/0/models?sort=name", auth).statusCode()).as("prefix is mandatory").isEqualTo(400);
        assertThat(http.get("/2/0/models?sort=-colour", auth).statusCode()).isEqualTo(400);
    }

    @Test
    void should_list_line_item_identifiers_without_include_all() {
        JsonNode body = ok("/2/0/models/" + FPA + "/lineItems");

        assertThat(body.has("meta") && !body.path("meta").has("paging")).as("line items are not paged").isTrue();
        assertThat(body.path("items")).hasSize(4);
        for (JsonNode item : body.path("items")) {
            assertThat(item.propertyNames()).containsExactly("moduleId", "moduleName", "id", "name");
        }
    }

    @Test
    void should_return_every_field_in_the_documented_order_with_include_all() {
        JsonNode item = ok("/2/0/models/" + FPA + "/lineItems?includeAll=true").path("items").get(0);

        assertThat(item.propertyNames()).containsExactly("moduleId", "moduleName", "id", "name", "isSummary",
                "startOfSection", "broughtForward", "useSwitchover", "breakback", "cellCount", "version", "appliesTo",
                "dataTags", "referencedBy", "parent", "readAccessDriver", "writeAccessDriver", "formula", "format",
                "formatMetadata", "summary", "timeScale", "timeRange", "formulaScope", "style", "code", "notes");
        assertThat(item.path("version").propertyNames()).containsExactly("name", "id");
        assertThat(item.path("appliesTo").get(0).path("id").asString()).isEqualTo("101000000001");
        assertThat(item.path("formatMetadata").path("decimalPlaces").asInt()).isEqualTo(2);
        assertThat(item.path("cellCount").asInt()).isEqualTo(96);
        assertThat(item.path("useSwitchover").asBoolean()).isTrue();
    }

    @Test
    void should_omit_absent_optional_fields_with_include_all() {
        JsonNode item = ok("/2/0/models/" + FPA + "/lineItems?includeAll=true").path("items").get(1);

        assertThat(item.propertyNames()).doesNotContain("formula", "parent", "readAccessDriver", "writeAccessDriver",
                "version", "cellCount", "code", "notes", "timeRange");
        assertThat(item.path("appliesTo").isArray()).isTrue();
        assertThat(item.toString()).doesNotContain("null");
    }

    @Test
    void should_serve_module_line_items_under_both_path_forms() {
        String direct = "/2/0/models/" + FPA + "/modules/" + COSTS_MODULE + "/lineItems?includeAll=true";
        String scoped = "/2/0/workspaces/" + WS_FINANCE + "/models/" + FPA + "/modules/" + COSTS_MODULE
                + "/lineItems?includeAll=true";

        JsonNode a = ok(direct);
        JsonNode b = ok(scoped);
        assertThat(ids(a.path("items"))).containsExactly("206000000003");
        assertThat(b.path("items")).isEqualTo(a.path("items"));
        assertThat(ids(ok("/2/0/workspaces/" + WS_FINANCE + "/models/" + FPA + "/lineItems").path("items"))).hasSize(4);
        assertThat(ids(ok("/2/0/workspaces/" + WS_FINANCE + "/models/" + FPA + "/modules").path("modules"))).hasSize(3);
    }

    @Test
    void should_answer_a_repeated_line_item_listing_with_the_same_bytes_and_a_length() {
        // a path no other test asks for: the first request here is the sandbox's first
        String path = "/2/0/workspaces/" + WS_FINANCE + "/models/" + FPA + "/modules/" + REVENUE_MODULE
                + "/lineItems";
        HttpResponse<String> first = http.get(path + "?includeAll=true", auth);
        HttpResponse<String> again = http.get(path + "?includeAll=true", auth);
        HttpResponse<String> basic = http.get(path, auth);

        assertThat(again.body()).isEqualTo(first.body());
        assertThat(first.headers().firstValue("Content-Length")).isEmpty();
        assertThat(again.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(again.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(json(basic).path("items").get(0).has("formula")).isFalse();
        assertThat(json(again).path("items").get(0).has("formula")).isTrue();
    }

    @Test
    void should_serve_many_requests_at_once() {
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<Integer>> calls = IntStream.range(0, 40)
                .mapToObj(i -> client.sendAsync(HttpRequest
                        .newBuilder(sandbox.baseUrl().resolve("/2/0/models/" + FPA + "/lineItems?includeAll=true"))
                        .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString())
                        .thenApply(HttpResponse::statusCode))
                .toList();

        assertThat(calls.stream().map(CompletableFuture::join)).containsOnly(200);
    }

    @Test
    void should_answer_404_for_an_unknown_module_or_a_model_in_another_workspace() {
        assertThat(http.get("/2/0/models/" + FPA + "/modules/102999999999/lineItems", auth).statusCode()).isEqualTo(404);
        assertThat(http.get("/2/0/workspaces/" + WS_SALES + "/models/" + FPA + "/modules", auth).statusCode())
                .isEqualTo(404);
        assertThat(ok("/2/0/models/" + FPA + "/modules/" + EMPTY_MODULE + "/lineItems").path("items")).isEmpty();
    }
}
