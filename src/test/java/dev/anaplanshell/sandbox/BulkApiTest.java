package dev.anaplanshell.sandbox;

import static dev.anaplanshell.sandbox.BulkHttp.json;
import static dev.anaplanshell.sandbox.BulkHttp.text;
import static dev.anaplanshell.sandbox.Fixtures.FPA;
import static dev.anaplanshell.sandbox.Fixtures.WS_FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import dev.anaplanshell.sandbox.bulk.BulkDemo;
import dev.anaplanshell.sandbox.bulk.ScaleExport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The sandbox's Bulk API behaviour over HTTP, with tasks timed by a clock the test moves. */
class BulkApiTest {

    private static final String M = "/2/0/workspaces/" + WS_FINANCE + "/models/" + FPA;
    private static final String EN = "{\"localeName\":\"en_US\"}";

    private final MutableClock clock = new MutableClock();
    private AnaplanSandbox sandbox;
    private BulkHttp http;

    @BeforeEach
    void start() throws IOException {
        sandbox = AnaplanSandbox.start(SandboxOptions.builder().clock(clock)
                .taskDuration(Duration.ofSeconds(10)).exportMb(25).build(), Fixtures.smallTenant());
        http = new BulkHttp(sandbox, "AnaplanAuthToken " + new SandboxHttp(sandbox).login());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void should_move_a_task_from_not_started_through_in_progress_to_complete_as_the_clock_runs() {
        String task = start("/exports/" + BulkDemo.SALES_EXPORT);
        JsonNode status = status("/exports/" + BulkDemo.SALES_EXPORT, task);
        assertThat(status.path("taskState").asString()).isEqualTo("NOT_STARTED");
        assertThat(status.has("result")).isFalse();

        clock.advance(Duration.ofSeconds(5));
        status = status("/exports/" + BulkDemo.SALES_EXPORT, task);
        assertThat(status.path("taskState").asString()).isEqualTo("IN_PROGRESS");
        assertThat(status.path("progress").asDouble()).isBetween(0.3, 0.7);
        assertThat(status.path("currentStep").asString()).contains("Sales Actuals.csv");

        clock.advance(Duration.ofSeconds(5));
        status = status("/exports/" + BulkDemo.SALES_EXPORT, task);
        assertThat(status.path("taskState").asString()).isEqualTo("COMPLETE");
        assertThat(status.path("progress").asDouble()).isEqualTo(1.0);
        assertThat(status.path("result").path("successful").asBoolean()).isTrue();
        assertThat(status.path("result").path("objectId").asString()).isEqualTo(BulkDemo.SALES_EXPORT);
        String csv = text(http.get(M + "/files/" + BulkDemo.SALES_EXPORT));
        assertThat(csv).startsWith("Products,Time,Units,Revenue\r\nP100,Jan 25,");
    }

    @Test
    void should_refuse_a_task_without_locale_name_and_start_nothing() {
        HttpResponse<byte[]> r = http.postJson(M + "/imports/" + BulkDemo.PRODUCTS_IMPORT + "/tasks", "{}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(text(r)).contains("localeName");
        assertThat(json(http.get(M + "/imports/" + BulkDemo.PRODUCTS_IMPORT + "/tasks")).has("tasks")).isFalse();
    }

    @Test
    void should_answer_409_while_another_task_runs_on_the_model_and_accept_it_after() {
        start("/processes/" + BulkDemo.NIGHTLY_PROCESS);
        HttpResponse<byte[]> busy = http.postJson(M + "/actions/" + BulkDemo.SORT_ACTION + "/tasks", EN);
        assertThat(busy.statusCode()).isEqualTo(409);
        assertThat(json(busy).path("status").path("code").asInt()).isEqualTo(409);

        clock.advance(Duration.ofSeconds(10));
        assertThat(http.postJson(M + "/actions/" + BulkDemo.SORT_ACTION + "/tasks", EN).statusCode()).isEqualTo(200);
    }

    @Test
    void should_cancel_a_running_task_which_then_does_nothing() {
        String task = start("/imports/" + BulkDemo.PRODUCTS_IMPORT);
        clock.advance(Duration.ofSeconds(3));
        JsonNode cancelled = json(http.send("DELETE", M + "/imports/" + BulkDemo.PRODUCTS_IMPORT + "/tasks/" + task,
                null, null)).path("task");
        assertThat(cancelled.path("taskState").asString()).isEqualTo("CANCELLED");

        clock.advance(Duration.ofSeconds(30));
        JsonNode later = status("/imports/" + BulkDemo.PRODUCTS_IMPORT, task);
        assertThat(later.path("taskState").asString()).isEqualTo("CANCELLED");
        assertThat(later.path("result").path("successful").asBoolean()).isFalse();
        assertThat(exportText(BulkDemo.PRODUCTS_EXPORT)).doesNotContain("Monitor 27");
    }

    @Test
    void should_import_gzipped_chunks_and_reject_bad_rows_into_a_failure_dump() {
        String file = M + "/files/" + BulkDemo.PRODUCTS_FILE;
        assertThat(http.postJson(file, "{\"chunkCount\":-1}").statusCode()).isEqualTo(200);
        put(file + "/chunks/0", "application/x-gzip", BulkHttp.gzip("Code,Name,Parent\nP700,Tablet,HW\n"));
        put(file + "/chunks/1", "application/octet-stream",
                ",No Code,HW\nP710,\"Pen, digital\",Nowhere\nP720,Stylus,hardware\n".getBytes(StandardCharsets.UTF_8));
        JsonNode completed = json(http.postJson(file + "/complete", "{\"id\":\"" + BulkDemo.PRODUCTS_FILE + "\"}"));
        assertThat(completed.path("file").path("chunkCount").asInt()).isEqualTo(2);

        String task = start("/imports/" + BulkDemo.PRODUCTS_IMPORT);
        clock.advance(Duration.ofSeconds(10));
        JsonNode result = status("/imports/" + BulkDemo.PRODUCTS_IMPORT, task).path("result");
        assertThat(result.path("successful").asBoolean()).isTrue();
        assertThat(result.path("failureDumpAvailable").asBoolean()).isTrue();
        assertThat(result.path("details").get(0).path("type").asString())
                .isEqualTo("hierarchyRowsProcessedWithFailures");
        String dump = text(http.get(M + "/imports/" + BulkDemo.PRODUCTS_IMPORT + "/tasks/" + task + "/dump"));
        assertThat(dump.split("\r\n")).containsExactly("_Status_,Code,Name,Parent,_Line_,_Error_1_",
                "E,,No Code,HW,3,Code is empty",
                "E,P710,\"Pen, digital\",Nowhere,4,Parent 'Nowhere' is not a top-level item of Products");
        assertThat(json(http.get(M + "/imports/" + BulkDemo.PRODUCTS_IMPORT + "/tasks/" + task + "/dump/chunks"))
                .path("chunks")).hasSize(1);
        assertThat(exportText(BulkDemo.PRODUCTS_EXPORT)).contains("Tablet,P700,Hardware").contains("Stylus,P720");
    }

    @Test
    void should_fail_an_import_whose_file_lacks_a_column() {
        put(M + "/files/" + BulkDemo.SALES_FILE, "application/octet-stream", "Products,Units\nP100,3\n".getBytes());
        String task = start("/imports/" + BulkDemo.SALES_IMPORT);
        clock.advance(Duration.ofSeconds(10));
        JsonNode result = status("/imports/" + BulkDemo.SALES_IMPORT, task).path("result");
        assertThat(result.path("successful").asBoolean()).isFalse();
        assertThat(result.path("details").get(0).path("localMessageText").asString()).contains("'Time' is missing");
        assertThat(http.get(M + "/imports/" + BulkDemo.SALES_IMPORT + "/tasks/" + task + "/dump").statusCode())
                .isEqualTo(204);
    }

    @Test
    void should_run_a_process_step_by_step_with_nested_results_and_step_dumps() {
        put(M + "/files/" + BulkDemo.SALES_FILE, "application/octet-stream",
                "Products,Time,Units,Revenue\nP100,Jan 25,1,2\nP999,Jan 25,1,2\nP100,Month 13,1,2\n".getBytes());
        String task = start("/processes/" + BulkDemo.NIGHTLY_PROCESS);
        clock.advance(Duration.ofSeconds(6));
        assertThat(status("/processes/" + BulkDemo.NIGHTLY_PROCESS, task).path("currentStep").asString())
                .contains("(2 of 3)");
        clock.advance(Duration.ofSeconds(4));
        JsonNode result = status("/processes/" + BulkDemo.NIGHTLY_PROCESS, task).path("result");
        assertThat(result.path("nestedResults")).hasSize(3);
        assertThat(result.path("failureDumpAvailable").asBoolean()).isTrue();
        JsonNode sales = result.path("nestedResults").get(1);
        assertThat(sales.path("objectId").asString()).isEqualTo(BulkDemo.SALES_IMPORT);
        String dumpPath = M + "/processes/" + BulkDemo.NIGHTLY_PROCESS + "/tasks/" + task + "/dumps/"
                + BulkDemo.SALES_IMPORT;
        assertThat(text(http.get(dumpPath))).contains("'P999' is not an item of Products")
                .contains("'Month 13' is not a period of Time");
        assertThat(text(http.get(dumpPath + "/chunks/0"))).isEqualTo(text(http.get(dumpPath)));
        assertThat(http.get(M + "/processes/" + BulkDemo.NIGHTLY_PROCESS + "/tasks/" + task + "/dumps/"
                + BulkDemo.PRODUCTS_IMPORT).statusCode()).isEqualTo(404);
        assertThat(exportText(BulkDemo.SALES_EXPORT)).contains("P100,Jan 25,1,2");
    }

    @Test
    void should_stream_the_scale_export_in_10_mb_chunks_with_a_reproducible_checksum() throws Exception {
        String task = start("/exports/" + BulkDemo.SCALE_EXPORT);
        clock.advance(Duration.ofSeconds(10));
        assertThat(status("/exports/" + BulkDemo.SCALE_EXPORT, task).path("taskState").asString()).isEqualTo("COMPLETE");
        JsonNode chunks = http.getJson(M + "/files/" + BulkDemo.SCALE_EXPORT + "/chunks").path("chunks");
        assertThat(chunks).hasSize(3);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        for (JsonNode chunk : chunks) {
            byte[] bytes = http.get(M + "/files/" + BulkDemo.SCALE_EXPORT + "/chunks/" + chunk.path("id").asString())
                    .body();
            if (first.size() == 0) {
                first.write(bytes, 0, 200);
            }
            sha.update(bytes);
        }
        assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(new ScaleExport(25).sha256());
        assertThat(first.toString(StandardCharsets.US_ASCII)).startsWith("Products,Region,Time,Units,Revenue\n")
                .matches("(?s).*\nSKU-\\d{7},R\\d{2},2025-\\d{2},\\d{9},\\d{10}\\.\\d{2}\n.*");
        JsonNode metadata = http.getJson("/2/0/models/" + FPA + "/exports/" + BulkDemo.SCALE_EXPORT)
                .path("exportMetadata");
        assertThat(metadata.path("rowCount").asLong()).isEqualTo(new ScaleExport(25).rowCount());
        assertThat(metadata.path("headerNames")).hasSize(5);
    }

    private String start(String object) {
        HttpResponse<byte[]> r = http.postJson(M + object + "/tasks", EN);
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        return BulkHttp.taskId(r);
    }

    private JsonNode status(String object, String task) {
        return http.getJson(M + object + "/tasks/" + task).path("task");
    }

    private void put(String path, String type, byte[] body) {
        HttpResponse<byte[]> r = http.send("PUT", path, type, body);
        assertThat(r.statusCode()).as(text(r)).isEqualTo(204);
    }

    /** Runs an export now and returns its file. */
    private String exportText(String exportId) {
        String task = start("/exports/" + exportId);
        clock.advance(Duration.ofSeconds(10));
        assertThat(status("/exports/" + exportId, task).path("taskState").asString()).isEqualTo("COMPLETE");
        return text(http.get(M + "/files/" + exportId));
    }
}
