package dev.anaplanshell.sandbox;

import static dev.anaplanshell.sandbox.BulkHttp.json;
import static dev.anaplanshell.sandbox.BulkHttp.text;
import static dev.anaplanshell.sandbox.Fixtures.FPA;
import static dev.anaplanshell.sandbox.Fixtures.WS_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.sandbox.bulk.BulkDemo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Bulk answers in the shapes the live service sends (issue 16, anaplan-api.md §7, the captured responses in
 * ../shared/anaplan-captures): one task-start envelope for every kind, and uploads that leave exactly the new bytes.
 */
class LiveBulkShapesTest {

    private static final String M = "/2/0/workspaces/" + WS_FINANCE + "/models/" + FPA;
    private static final String EN = "{\"localeName\":\"en_US\"}";
    private static final String OCTETS = "application/octet-stream";
    private static final String PRODUCTS = M + "/files/" + BulkDemo.PRODUCTS_FILE;

    private final MutableClock clock = new MutableClock();
    private AnaplanSandbox sandbox;
    private BulkHttp http;

    @BeforeEach
    void start() throws IOException {
        sandbox = AnaplanSandbox.start(SandboxOptions.builder().clock(clock)
                .taskDuration(Duration.ofSeconds(10)).exportMb(0).build(), Fixtures.smallTenant());
        http = new BulkHttp(sandbox, "AnaplanAuthToken " + new SandboxHttp(sandbox).login());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void should_start_every_kind_of_task_with_the_captured_envelope() {
        List<String> objects = List.of("/imports/" + BulkDemo.PRODUCTS_IMPORT, "/exports/" + BulkDemo.SALES_EXPORT,
                "/processes/" + BulkDemo.NIGHTLY_PROCESS, "/actions/" + BulkDemo.SORT_ACTION);
        for (String object : objects) {
            HttpResponse<byte[]> started = http.postJson(M + object + "/tasks", EN);
            JsonNode body = json(started);
            assertThat(started.statusCode()).as(object).isEqualTo(200);
            assertThat(fieldNames(body)).as(object).containsExactly("meta", "status", "task");
            assertThat(body.path("meta").path("schema").asString()).as(object)
                    .endsWith("/2/0/models/" + FPA + "/objects/task");
            assertThat(body.path("status").path("code").asInt()).isEqualTo(200);
            assertThat(body.path("status").path("message").asString()).isEqualTo("Success");
            assertThat(fieldNames(body.path("task"))).as(object)
                    .containsExactly("taskId", "taskState", "creationTime");
            assertThat(body.path("task").path("taskId").asString()).matches("[0-9A-F]{32}");
            assertThat(body.path("task").path("taskState").asString()).isEqualTo("NOT_STARTED");
            assertThat(body.path("task").path("creationTime").isIntegralNumber()).isTrue();
            clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void should_list_action_tasks_with_paging_and_status_like_the_other_kinds() {
        String tasks = M + "/actions/" + BulkDemo.SORT_ACTION + "/tasks";
        String id = json(http.postJson(tasks, EN)).path("task").path("taskId").asString();

        JsonNode listed = http.getJson(tasks);

        assertThat(listed.path("status").path("code").asInt()).isEqualTo(200);
        assertThat(listed.path("meta").path("paging").path("totalSize").asInt()).isEqualTo(1);
        assertThat(listed.path("tasks").get(0).path("taskId").asString()).isEqualTo(id);
        JsonNode none = http.getJson(M + "/actions/" + BulkDemo.DELETE_ACTION + "/tasks");
        assertThat(none.path("meta").path("paging").path("totalSize").asInt()).isZero();
        assertThat(none.has("tasks")).isFalse();
    }

    @Test
    void should_keep_exactly_the_new_bytes_when_an_upload_grows_the_file() {
        upload(PRODUCTS, "Code,Name,Parent\n", "P1,One,HW\n", "P2,Two,HW\n");

        assertThat(text(http.get(PRODUCTS))).isEqualTo("Code,Name,Parent\nP1,One,HW\nP2,Two,HW\n");
        assertThat(chunkIds(PRODUCTS)).containsExactly("0", "1", "2");
        assertThat(file(PRODUCTS).path("chunkCount").asInt()).isEqualTo(3);
    }

    @Test
    void should_keep_exactly_the_new_bytes_when_an_upload_shrinks_the_file() {
        upload(PRODUCTS, "Code,Name,Parent\n", "P1,One,HW\n", "P2,Two,HW\n");
        upload(PRODUCTS, "Code,Name,Parent\nP9,Nine,SW\n");

        assertThat(text(http.get(PRODUCTS))).isEqualTo("Code,Name,Parent\nP9,Nine,SW\n");
        assertThat(chunkIds(PRODUCTS)).containsExactly("0");
        assertThat(text(http.get(PRODUCTS + "/chunks/1"))).isNotEqualTo("P1,One,HW\n");
        assertThat(http.get(PRODUCTS + "/chunks/1").statusCode()).isEqualTo(404);
    }

    @Test
    void should_show_the_declared_chunk_count_and_no_old_bytes_while_an_upload_is_under_way() {
        JsonNode declared = json(http.postJson(PRODUCTS, "{\"chunkCount\":2}")).path("file");
        http.send("PUT", PRODUCTS + "/chunks/0", OCTETS, "Code,Name,Parent\n".getBytes(StandardCharsets.UTF_8));

        assertThat(declared.path("chunkCount").asInt()).isEqualTo(2);
        assertThat(file(PRODUCTS).path("chunkCount").asInt()).isEqualTo(2);
        assertThat(text(http.get(PRODUCTS))).doesNotContain("Monitor 27");
    }

    @Test
    void should_take_chunks_of_unknown_count_until_complete() {
        http.postJson(PRODUCTS, "{\"chunkCount\":-1}");
        http.send("PUT", PRODUCTS + "/chunks/0", OCTETS, "Code,Name,Parent\n".getBytes(StandardCharsets.UTF_8));
        http.send("PUT", PRODUCTS + "/chunks/1", OCTETS, "P7,Seven,HW\n".getBytes(StandardCharsets.UTF_8));
        JsonNode completed = json(http.postJson(PRODUCTS + "/complete",
                "{\"id\":\"" + BulkDemo.PRODUCTS_FILE + "\"}")).path("file");

        assertThat(completed.path("chunkCount").asInt()).isEqualTo(2);
        assertThat(text(http.get(PRODUCTS))).isEqualTo("Code,Name,Parent\nP7,Seven,HW\n");
    }

    @Test
    void should_create_a_private_file_with_a_fresh_id_when_posting_to_a_name_that_does_not_exist() {
        HttpResponse<byte[]> created = http.postJson(M + "/files/Budget%20Upload.csv", "{\"chunkCount\":1}");
        JsonNode file = json(created).path("file");
        String id = file.path("id").asString();
        http.send("PUT", M + "/files/" + id + "/chunks/0", OCTETS, "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(id).matches("113\\d{9}").isNotIn(BulkDemo.PRODUCTS_FILE, BulkDemo.SALES_FILE);
        assertThat(file.path("name").asString()).isEqualTo("Budget Upload.csv");
        assertThat(file.path("chunkCount").asInt()).isEqualTo(1);
        assertThat(text(http.get(M + "/files/" + id))).isEqualTo("a,b\n1,2\n");
        List<String> names = new ArrayList<>();
        http.getJson(M + "/files").path("files").forEach(f -> names.add(f.path("name").asString()));
        assertThat(names).contains("Budget Upload.csv");
        String again = json(http.postJson(M + "/files/Budget%20Upload.csv", "{\"chunkCount\":1}")).path("file")
                .path("id").asString();
        assertThat(again).isEqualTo(id);
    }

    @Test
    void should_time_process_steps_with_include_process_details_and_show_import_sources_on_request() {
        String tasks = M + "/processes/" + BulkDemo.NIGHTLY_PROCESS + "/tasks";
        String id = json(http.postJson(tasks, EN)).path("task").path("taskId").asString();
        clock.advance(Duration.ofSeconds(10));

        JsonNode plain = http.getJson(tasks + "/" + id).path("task").path("result").path("nestedResults");
        JsonNode detailed = http.getJson(tasks + "/" + id + "?includeProcessDetails=true").path("task").path("result")
                .path("nestedResults");
        JsonNode metadata = http.getJson(M + "/processes/" + BulkDemo.NIGHTLY_PROCESS).path("processMetadata");
        JsonNode withSources = http.getJson(M + "/processes/" + BulkDemo.NIGHTLY_PROCESS + "?showImportDataSource=true")
                .path("processMetadata");

        assertThat(plain.get(0).has("startTime")).isFalse();
        assertThat(detailed).isNotEmpty().allSatisfy(step -> {
            assertThat(step.path("startTime").isString()).isTrue();
            assertThat(step.path("duration").asString()).matches("\\d+");
        });
        assertThat(metadata.path("actions")).noneSatisfy(a -> assertThat(a.has("importDataSource")).isTrue());
        assertThat(withSources.path("actions")).anySatisfy(a -> assertThat(a.path("importDataSource")
                .path("type").asString()).isEqualTo("FILE"));
    }

    private void upload(String file, String... chunks) {
        assertThat(http.postJson(file, "{\"chunkCount\":" + chunks.length + "}").statusCode()).isEqualTo(200);
        for (int i = 0; i < chunks.length; i++) {
            assertThat(http.send("PUT", file + "/chunks/" + i, OCTETS, chunks[i].getBytes(StandardCharsets.UTF_8))
                    .statusCode()).isEqualTo(204);
        }
    }

    private JsonNode file(String path) {
        String id = path.substring(path.lastIndexOf('/') + 1);
        for (JsonNode f : http.getJson(M + "/files").path("files")) {
            if (f.path("id").asString().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no file " + id);
    }

    private List<String> chunkIds(String file) {
        List<String> ids = new ArrayList<>();
        http.getJson(file + "/chunks").path("chunks").forEach(c -> ids.add(c.path("id").asString()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
