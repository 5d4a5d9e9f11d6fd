package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.e2e.ShellProcess.Run;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Scripts, variables and recording with the packaged jar: a real terminal, real processes, real files. */
class ScriptingIT {

    private static final Map<String, String> DEMO = Map.of("ANAPLAN_USER", "demo@example.com",
            "ANAPLAN_PASSWORD", "demo");

    @TempDir
    Path dir;

    @Test
    void should_replay_a_session_recorded_at_the_prompt_to_byte_identical_csv() throws Exception {
        assumeThat(Tmux.available()).as("tmux for a real terminal").isTrue();
        Path recorded = Files.createDirectories(dir.resolve("recorded"));
        Path replayed = Files.createDirectories(dir.resolve("replayed"));
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(SandboxOptions.defaults())) {
            String url = sandbox.baseUrl().toString();
            try (Tmux tmux = Tmux.start(recorded, Map.of("ANAPLAN_SHELL_HOME", dir.resolve("home").toString()), 200,
                    50, List.of(ShellProcess.LAUNCHER, "--auth-url", url, "--api-url", url))) {
                tmux.await(text -> text.endsWith("anaplan (not logged in)>"), 0, "the first prompt");
                tmux.run("record start session.anaplan", "Recording to session.anaplan");
                tmux.enter("login --user demo@example.com", text -> text.endsWith("Password:"), "the password prompt");
                tmux.run("demo", "Logged in as demo@example.com");
                tmux.run("use-model 'fp&a plan'", "Using model 'FP&A Plan'");
                tmux.run("use-model nosuch", "error: Model 'nosuch' not found");
                tmux.run("set MODULE 'INP01 Revenue Drivers'", "anaplan:Acme Planning/FP&A Plan>");
                tmux.run("lineitems export module.csv --module ${MODULE}", "Exported ");
                tmux.run("lineitems export all.csv", "Exported ");
                tmux.run("record stop", "Recorded 5 commands to session.anaplan");
                assertThat(tmux.withAttributes()).as("the prompt is coloured on a terminal").contains("\u001B[36m");
                tmux.type("exit");
                tmux.press("Enter");
                assertThat(tmux.exitCode()).isZero();
            }
        }
        String script = Files.readString(recorded.resolve("session.anaplan"));
        assertThat(script.lines().filter(l -> !l.startsWith("#"))).containsExactly(
                "login",
                "use-model 'fp&a plan'",
                "set MODULE 'INP01 Revenue Drivers'",
                "lineitems export module.csv --module ${MODULE}",
                "lineitems export all.csv");
        assertThat(script).startsWith("# anaplan-shell script, recorded ").contains("user demo@example.com");
        assertThat(Files.readAllLines(dir.resolve("home/history"))).noneMatch(l -> l.endsWith("demo"));

        try (AnaplanSandbox other = AnaplanSandbox.start(SandboxOptions.defaults())) {
            String url = other.baseUrl().toString();
            Run replay = shell(replayed, DEMO, "--auth-url", url, "--api-url", url, "-f",
                    recorded.resolve("session.anaplan").toString());
            assertThat(replay.exitCode()).as(replay.err()).isZero();
            assertThat(replay.out()).doesNotContain("\u001B");
        }
        for (String csv : List.of("module.csv", "all.csv")) {
            assertThat(Files.readAllBytes(replayed.resolve(csv))).as(csv)
                    .isEqualTo(Files.readAllBytes(recorded.resolve(csv)));
        }
        assertThat(Files.size(recorded.resolve("all.csv"))).isGreaterThan(Files.size(recorded.resolve("module.csv")));
    }

    @Test
    void should_ask_before_a_delete_cancel_at_ctrl_c_on_the_password_prompt_and_save_the_recording_at_exit()
            throws Exception {
        assumeThat(Tmux.available()).as("tmux for a real terminal").isTrue();
        Path folder = Files.createDirectories(dir.resolve("prompt"));
        Files.writeString(folder.resolve("gone.csv"), "code\nDE\n");
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(SandboxOptions.defaults())) {
            String url = sandbox.baseUrl().toString();
            try (Tmux tmux = Tmux.start(folder, Map.of("ANAPLAN_SHELL_HOME", dir.resolve("home2").toString()), 200, 50,
                    List.of(ShellProcess.LAUNCHER, "--auth-url", url, "--api-url", url))) {
                tmux.await(text -> text.endsWith("anaplan (not logged in)>"), 0, "the first prompt");
                tmux.run("record start kept.anaplan", "Recording to kept.anaplan");
                tmux.enter("login --user demo@example.com", text -> text.endsWith("Password:"), "the password prompt");
                int from = tmux.mark();
                tmux.press("C-c");
                tmux.await(text -> text.contains("error: cancelled") && Tmux.endsAtPrompt(text), from, "cancelled");
                tmux.enter("login --user demo@example.com", text -> text.endsWith("Password:"),
                        "the password prompt again");
                tmux.run("demo", "Logged in as demo@example.com");
                tmux.run("use-model 'FP&A Plan'", "Using model 'FP&A Plan'");
                tmux.enter("lists delete Countries --from gone.csv",
                        text -> text.endsWith("Delete 1 item from list 'Countries'? [y/N]"), "the question");
                tmux.run("n", "error: cancelled: nothing was sent");
                tmux.enter("exit", text -> text.contains("Recorded 2 commands to kept.anaplan"), "the recording saved");
                assertThat(tmux.exitCode()).isZero();
            }
        }
        assertThat(Files.readString(folder.resolve("kept.anaplan")).lines().filter(l -> !l.startsWith("#")))
                .containsExactly("login", "use-model 'FP&A Plan'");
    }

    @Test
    void should_stop_at_the_failing_third_command_with_its_code_and_line() throws Exception {
        Path script = failingThirdCommand();
        Run run = shell(dir, Map.of(), "--sandbox", "-f", script.toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("error: " + script + ":3: Model 'No Such' not found (available: "
                + "'FP&A Plan', 'Sales Forecast', 'Workforce Plan', 'FP&A Plan (DEV)')\n");
        assertThat(run.out()).contains("SYS01 Time Settings").doesNotContain("after the failure");
    }

    @Test
    void should_run_the_later_commands_with_continue_on_error_and_exit_with_the_first_failure() throws Exception {
        Path script = failingThirdCommand();
        Run run = shell(dir, Map.of(), "--sandbox", "--continue-on-error", "-f", script.toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).startsWith("error: " + script + ":3: ").hasLineCount(2).contains(script + ":5: ");
        assertThat(run.out()).contains("after the failure", "Workforce Plan");
    }

    @Test
    void should_print_one_json_value_per_command_with_o_json() throws Exception {
        Run run = shell(dir, Map.of(), "--sandbox", "-o", "json", "-v", "MODEL=FP&A Plan", "-c",
                "use-model ${MODEL}; modules list; status; echo done; set X 1; vars");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> values = new ArrayList<>();
        JsonMapper.builder().build().readValues(JsonMapper.builder().build().createParser(run.out()), JsonNode.class)
                .forEachRemaining(values::add);
        assertThat(values).hasSize(5);
        assertThat(values.get(0).path("message").asString()).startsWith("Using model 'FP&A Plan'");
        assertThat(values.get(1).isArray()).isTrue();
        assertThat(values.get(1).get(0).path("name").asString()).isEqualTo("SYS01 Time Settings");
        assertThat(values.get(3).path("message").asString()).isEqualTo("done");
        assertThat(values.get(4).get(0).path("value").asString()).isEqualTo("FP&A Plan");
    }

    @Test
    void should_read_commands_from_a_pipe_quietly_with_a_bom_for_excel() throws Exception {
        Path input = dir.resolve("input.txt");
        Files.writeString(input, "use-model 'FP&A Plan'\nmodules list -o csv\n");
        Run run = ShellProcess.jar(dir).input(input).run("--sandbox", "--quiet", "--excel");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("\uFEFFid,name\r\n102000000000,SYS01 Time Settings\r\n")
                .doesNotContain("Using model");
    }

    @Test
    void should_exit_2_for_an_undefined_variable_naming_the_line() throws Exception {
        Path script = dir.resolve("vars.anaplan");
        Files.writeString(script, "# uses -v MODEL\nuse-model ${MODEL}\n");
        Run run = shell(dir, Map.of(), "--sandbox", "-f", script.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + script + ":2: variable 'MODEL' is not defined");
    }

    private Path failingThirdCommand() throws IOException {
        Path script = dir.resolve("nightly.anaplan");
        Files.writeString(script, """
                use-model 'FP&A Plan'
                modules list -o csv
                use-model 'No Such'
                echo after the failure
                use-model 'Also Missing'
                models list -o csv
                """);
        return script;
    }

    private Run shell(Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return ShellProcess.jar(dir).in(cwd).env(env).run(args);
    }
}
