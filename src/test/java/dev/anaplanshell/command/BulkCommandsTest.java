package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.sandbox.bulk.ScaleExport;
import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.TestClock;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Bulk API commands on the sandbox over HTTP: listings, runs, transfers, dumps, exit codes. */
class BulkCommandsTest {

    @TempDir
    Path dir;

    /** The sandbox's tasks and the shell's waits on one clock: a task of 8 s takes no real time to follow. */
    private static final TestClock clock = new TestClock();

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("Sales Forecast",
            SandboxOptions.builder().clock(clock).taskDuration(Duration.ofSeconds(8)).exportMb(25).build(), clock);
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_list_files_imports_exports_processes_and_actions_in_every_format() throws Exception {
        JsonNode files = json.readTree(shell.ok("files list -o json"));
        assertThat(files).extracting(f -> f.path("name").asString()).contains("Products.csv", "Sales Actuals.csv",
                "Scale Export.csv");
        assertThat(shell.ok("imports list -o csv")).startsWith("id,name,importType,importDataSourceId")
                .contains("112000000000,Products from Products.csv,HIERARCHY_DATA,113000000000");
        assertThat(shell.ok("exports list")).contains("GRID_CURRENT_PAGE").contains("TABULAR_MULTI_COLUMN");
        assertThat(shell.ok("processes list -o csv")).contains("118000000000,Nightly Load");
        assertThat(json.readTree(shell.ok("actions list -o json")).get(0).path("actionType").asString())
                .isEqualTo("DELETE_BY_SELECTION");
    }

    @Test
    void should_run_an_export_by_name_in_any_case_and_download_its_file() throws Exception {
        Path out = dir.resolve("sales.csv");
        String printed = shell.ok("exports run 'sales actuals.csv' --out " + out);
        assertThat(printed).contains("Export 'Sales Actuals.csv' completed").contains("rows exported")
                .contains("Exported 'Sales Actuals.csv' to " + out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("Products,Time,Units,Revenue");
        assertThat(lines).hasSizeGreaterThan(12);
    }

    @Test
    void should_download_a_multi_chunk_export_intact_and_leave_no_temporary_file() throws Exception {
        Path out = dir.resolve("scale.csv");
        String printed = shell.ok("exports run 116000000099 --out " + out);
        assertThat(printed).contains("in 3 chunks");
        assertThat(sha256(out)).isEqualTo(new ScaleExport(25).sha256());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("scale.csv");
        }
    }

    @Test
    void should_exit_6_and_save_the_failure_dump_when_an_import_rejects_rows() throws Exception {
        Path csv = write("products.csv", "Code,Name,Parent\nP800,Speaker,HW\n,Nameless,HW\nP810,Orphan,Nowhere\n");
        Path dump = dir.resolve("rejected.csv");
        Result r = shell.run("imports run 'Products from Products.csv' --upload " + csv + " --dump " + dump);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(6);
        assertThat(r.err()).hasLineCount(1).contains("completed with rejected rows").contains("2 failed")
                .contains("failure dump saved to " + dump);
        assertThat(Files.readAllLines(dump)).containsExactly("_Status_,Code,Name,Parent,_Line_,_Error_1_",
                "E,,Nameless,HW,3,Code is empty",
                "E,P810,Orphan,Nowhere,4,Parent 'Nowhere' is not a top-level item of Products");
        assertThat(shell.ok("exports run Products.csv --out " + dir.resolve("p.csv"))).contains("Exported");
        assertThat(Files.readString(dir.resolve("p.csv"))).contains("Speaker,P800,Hardware");
    }

    @Test
    void should_exit_6_without_a_dump_when_an_import_fails_outright() throws Exception {
        Path csv = write("sales.csv", "Products,Units\nP100,3\n");
        Result r = shell.run("imports run 112000000001 --upload " + csv + " --dump " + dir.resolve("d.csv"));
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).contains("failed: Column 'Time' is missing from the file").doesNotContain("dump saved");
        assertThat(dir.resolve("d.csv")).doesNotExist();
    }

    @Test
    void should_upload_in_gzipped_chunks_and_download_the_same_bytes() throws Exception {
        StringBuilder text = new StringBuilder("Code,Name,Parent\n");
        for (int i = 0; text.length() < 2_500_000; i++) {
            text.append("Q").append(i).append(",Item number ").append(i).append(",SW\n");
        }
        Path local = write("big.csv", text.toString());
        assertThat(shell.ok("files upload Products.csv " + local + " --chunk-size 1")).contains("in 3 chunks");
        Path back = dir.resolve("back.csv");
        assertThat(shell.ok("files download 113000000000 " + back)).contains("in 3 chunks");
        assertThat(Files.mismatch(local, back)).isEqualTo(-1);
    }

    @Test
    void should_save_the_dumps_of_a_process_step_in_the_dump_dir_and_exit_6() throws Exception {
        shell.ok("use-model 'Workforce Plan'");
        shell.ok("files upload 'Sales Actuals.csv' " + write("s.csv", "Products,Time,Units,Revenue\n"
                + "P100,Mar 25,5,500\nP404,Mar 25,1,1\n"));
        Path dumps = Files.createDirectories(dir.resolve("dumps"));
        Result r = shell.run("processes run 'nightly load' --dump-dir " + dumps);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(6);
        assertThat(r.err()).contains("Process 'Nightly Load' completed with rejected rows");
        assertThat(r.out()).as("progress goes to standard error, and only when it is a terminal").isEmpty();
        Path dump = dumps.resolve("SLS01 Sales Actuals from Sales Actuals.failures.csv");
        assertThat(r.err()).contains(dump.toString());
        assertThat(Files.readString(dump)).contains("P404").contains("is not an item of Products");
    }

    @Test
    void should_run_an_action() {
        shell.ok("use-model 'FP&A Plan'");
        assertThat(shell.ok("actions run 'Delete Discontinued Products' --yes")).contains("items deleted");
    }

    @Test
    void should_print_the_task_id_with_no_wait_and_follow_it_with_tasks_wait() {
        String taskId = shell.ok("exports run 'Sales Units Grid.csv' --no-wait").strip();
        assertThat(taskId).matches("[0-9A-F]{32}");
        assertThat(shell.ok("tasks wait " + taskId)).contains("Export 'Sales Units Grid.csv' completed");
        assertThat(shell.ok("tasks list exports 'Sales Units Grid.csv' -o csv")).contains(taskId + ",COMPLETE,");
        assertThat(shell.ok("tasks status -o csv")).contains(taskId + ",COMPLETE,1.0,Complete.,true,false");
    }

    @Test
    void should_cancel_a_task_started_with_no_wait() {
        String taskId = shell.ok("processes run 'Nightly Load' --no-wait").strip();
        assertThat(shell.ok("tasks cancel " + taskId)).contains("task " + taskId + ": CANCELLED");
        Result wait = shell.run("tasks wait " + taskId);
        assertThat(wait.exitCode()).isEqualTo(130);
        assertThat(wait.err()).contains("was cancelled");
    }

    @Test
    void should_wait_out_a_busy_model_and_give_up_after_the_wait_timeout() {
        shell.ok("processes run 'Nightly Load' --no-wait");
        Result impatient = shell.run("actions run 'Sort Products' --wait-timeout 100ms");
        assertThat(impatient.exitCode()).isEqualTo(1);
        assertThat(impatient.err()).contains("the model is still busy after waiting").contains("HTTP 409");
        assertThat(shell.ok("actions run 'Sort Products'")).contains("Action 'Sort Products' completed");
    }

    @Test
    void should_exit_4_with_suggestions_for_an_unknown_export() {
        Result r = shell.run("exports run 'Sales Actual'");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("Export 'Sales Actual' not found in model 'Sales Forecast'")
                .contains("Sales Actuals.csv");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
