package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.completion.LiveNames;
import dev.anaplanshell.render.OutputSettings;
import dev.anaplanshell.session.Connection;
import dev.anaplanshell.session.Session;
import dev.anaplanshell.shell.RunSettings;
import dev.anaplanshell.support.ReplayServer;
import dev.anaplanshell.support.ShellHarness;
import dev.anaplanshell.support.ShellHarness.Result;
import dev.anaplanshell.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell's client and commands on responses captured from Anaplan's servers (Anaplan Connect's fixtures,
 * {@code src/test/resources/captured/}), replayed at the paths the real service uses: what the sandbox, built from
 * documentation, does not send.
 */
class CapturedResponsesTest {

    private static final String USER = "login --user joe.smith@anaplan.com";

    @TempDir
    Path dir;
    private final ReplayServer anaplan = ReplayServer.seedJob();
    private ShellHarness shell;

    @AfterEach
    void stop() {
        if (shell != null) {
            shell.close();
        }
        anaplan.close();
    }

    private ShellHarness shell(RunSettings run, Object... beans) {
        shell = ShellHarness.onServer(java.net.URI.create(anaplan.baseUrl()), dir.resolve("home"), run, beans);
        return shell;
    }

    private ShellHarness shell() {
        return shell(RunSettings.DEFAULTS);
    }

    @Test
    void should_run_the_seed_job_on_captured_responses() throws Exception {
        ShellHarness s = shell();
        s.ok(USER);
        assertThat(s.ok("use-model 'Model 1'"))
                .isEqualTo("Using model 'Model 1' (08B4AFAF5DEA463999B0A5CBCC18DF69) in workspace 'Workspace A'\n");
        assertThat(s.ok("modules list -o csv")).isEqualTo("id,name\r\n102000000073,Module 0\r\n102000000072,Module 1\r\n");
        Path csv = dir.resolve("lineitems.csv");
        assertThat(s.ok("lineitems export " + csv)).contains("Exported 2 line items");

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("206000000006,lineitem-child,102000000001,module2,3 + 9,NUMBER,");
        assertThat(rows.get(2)).startsWith("206000000000,Quantity Sold,102000000000,Sales Entry,,,");
        assertThat(String.join("\n", rows)).doesNotContain("null");
        assertThat(anaplan.unmatched()).isEmpty();
    }

    @Test
    void should_list_each_model_once_when_a_later_page_repeats_rows() {
        ShellHarness s = shell();
        s.ok(USER);

        List<String> models = s.ok("models list -o csv").lines().skip(1).toList();

        assertThat(models).extracting(l -> l.split(",")[1])
                .containsExactly("Model 0", "Model 1", "Model 2", "Model 3", "Model X");
        assertThat(anaplan.hits("GET", "/2/0/models")).as("both captured pages, and no third").isEqualTo(2);
        assertThat(s.ok("use-model 'model 0'")).contains("Using model 'Model 0' (testModelGuid)");
    }

    @Test
    void should_name_workspaces_the_model_answers_leave_out_and_never_print_null() {
        ShellHarness s = shell();
        s.ok(USER);

        String models = s.ok("models list -o csv");

        assertThat(models).contains("testModelGuid,Model 0,UNLOCKED,testWorkspaceNameOrId,Workspace A,,\r\n")
                .contains("testModelIdForWorkspace2,Model X,UNLOCKED,testWorkspaceId2,,,\r\n")
                .doesNotContain("null");
        assertThat(s.ok("use-model 'Model X'")).as("a workspace the workspaces list does not show: by its id")
                .contains("in workspace 'testWorkspaceId2'");
    }

    @Test
    void should_take_the_workspace_from_the_listings_path_when_its_models_carry_no_workspace_id() {
        ShellHarness s = shell();
        s.ok(USER);
        s.ok("use-workspace 'Workspace A'");

        assertThat(s.ok("models list -o csv")).contains("6D203BA7549241C7BEE26C93DE987F12,Model 2,UNLOCKED,"
                + "testWorkspaceNameOrId,Workspace A,,");
        assertThat(s.ok("use-model 'Model 2'")).contains("in workspace 'Workspace A'");
        assertThat(s.ok("files list -o csv")).contains("113000000025,File 0");
        assertThat(anaplan.hits("GET", "/2/0/workspaces/testWorkspaceNameOrId/models/6D203BA7549241C7BEE26C93DE987F12"
                + "/files")).isEqualTo(1);
        assertThat(anaplan.unmatched()).isEmpty();
    }

    @Test
    void should_warn_on_stderr_when_an_announced_failure_dump_is_absent_and_exit_0() {
        ShellHarness s = shell(new RunSettings(java.util.Map.of(), false,
                new OutputSettings(true, null, false, false)));
        s.ok(USER);
        s.ok("use-model 'Model 0'");

        Result r = s.run("imports run 'List 0 from File 0' --dump " + dir.resolve("dump.csv"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("warning: Import 'List 0 from File 0' announced a failure dump, but the server "
                + "has none\n");
        assertThat(r.out()).as("--quiet: no progress, no messages").isEmpty();
        assertThat(dir.resolve("dump.csv")).doesNotExist();
        assertThat(anaplan.unmatched()).containsExactly("GET /2/0/workspaces/testWorkspaceNameOrId/models/testModelGuid"
                + "/imports/112000000032/tasks/B6D3C53AA1464BF8896E06A724315E0B/dump/chunks?offset=0&limit=5000");
    }

    @Test
    void should_resolve_bulk_objects_and_complete_them_from_one_catalog_listing() {
        ShellHarness s = shell();
        s.ok(USER);
        s.ok("use-model 'Model 0'");

        assertThat(s.ok("processes run 'Process 0'")).contains("Process 'Process 0' completed");
        assertThat(s.run("processes run 'Proces 0'").err()).contains("Process 'Proces 0' not found in model 'Model 0' "
                + "(did you mean 'Process 0'");
        assertThat(s.bean(LiveNames.class).tasks(TaskKind.PROCESS)).extracting(p -> p.name()).contains("Process 0");
        assertThat(anaplan.hits("GET", "/2/0/workspaces/testWorkspaceNameOrId/models/testModelGuid/processes"))
                .as("one listing, from the session's catalog, for the run, the miss and the completion").isEqualTo(1);
    }

    @Test
    void should_judge_a_captured_process_by_its_steps_results() {
        ShellHarness s = shell();
        s.ok(USER);
        s.ok("use-model 'Model 0'");

        assertThat(s.ok("processes run 'Process 0'")).contains("Process 'Process 0' completed (task DC899746C1F44772953FF5507CDD1E32)");
    }

    @Test
    void should_log_in_once_when_the_tokens_expiresAt_is_an_hour_behind_the_local_clock() {
        TestClock ahead = new TestClock();
        ahead.advance(ReplayServer.TOKEN_LIFETIME.plus(Duration.ofHours(1)));
        ShellHarness s = shell(RunSettings.DEFAULTS, ahead);
        s.ok(USER);
        Connection first = s.bean(Session.class).connection();

        s.ok("use-model 'Model 1'");
        s.ok("modules list");
        ahead.advance(Duration.ofMinutes(20));
        s.ok("models list");

        assertThat(anaplan.hits("POST", "/token/authenticate")).isEqualTo(1);
        assertThat(anaplan.hits("POST", "/token/refresh")).isZero();
        assertThat(s.bean(Session.class).connection()).isEqualTo(first);
    }
}
