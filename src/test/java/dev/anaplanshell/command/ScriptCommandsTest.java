package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.anaplanshell.session.Journal;
import dev.anaplanshell.shell.CommandRunner;
import dev.anaplanshell.shell.ScriptRunner;
import dev.anaplanshell.shell.ShellSettings;
import dev.anaplanshell.support.ShellHarness;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.InputReader;

/** {@code set}, {@code unset}, {@code vars}, {@code echo} and {@code run} on the sandbox over HTTP. */
class ScriptCommandsTest {

    @TempDir
    static Path home;
    @TempDir
    Path dir;

    private static ShellHarness shell;

    @BeforeAll
    static void start() {
        shell = ShellHarness.start(home).loggedIn();
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    @Test
    void should_use_a_variable_in_later_commands_and_fail_with_2_once_it_is_unset() {
        shell.ok("set MODEL 'FP&A Plan'");
        assertThat(shell.ok("use-model ${MODEL}")).startsWith("Using model 'FP&A Plan'");
        assertThat(shell.ok("vars -o csv")).contains("MODEL,FP&A Plan\r\n");
        shell.ok("unset MODEL");
        Result r = shell.run("use-model ${MODEL}");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: variable 'MODEL' is not defined");
        assertThat(shell.run("unset MODEL").exitCode()).isEqualTo(4);
        assertThat(shell.run("set A b c").exitCode()).isEqualTo(2);
        assertThat(shell.run("set A").exitCode()).isEqualTo(2);
    }

    @Test
    void should_echo_its_words_joined_by_one_blank() {
        shell.ok("set WHO world");
        assertThat(shell.ok("echo hello   \"dear ${WHO}\" '${WHO}'")).isEqualTo("hello dear world ${WHO}\n");
    }

    @Test
    void should_run_nested_scripts_resolving_paths_against_the_including_script_and_naming_each_line()
            throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Path main = Files.writeString(dir.resolve("main.anaplan"), "echo main\nrun sub/inner.anaplan\necho not here\n");
        Files.writeString(dir.resolve("sub/inner.anaplan"), "# inner\nrun leaf.anaplan\n");
        Files.writeString(dir.resolve("sub/leaf.anaplan"), "echo leaf\n\nuse-model nosuch\n");
        Result r = shell.run("run " + main);
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.out()).startsWith("main\nleaf\n").doesNotContain("not here")
                .contains("error: " + main + ":2: sub/inner.anaplan:2: leaf.anaplan:3: Model 'nosuch' not found");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void should_stop_a_script_that_runs_itself_at_the_depth_limit() throws Exception {
        Path self = Files.writeString(dir.resolve("self.anaplan"), "run self.anaplan\n");
        Result r = shell.run("run " + self);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("nested more than " + ScriptRunner.MAX_DEPTH + " deep").hasLineCount(1);
        assertThat(shell.run("run " + dir.resolve("missing.anaplan")).exitCode()).isEqualTo(2);
    }

    @Test
    void should_go_on_after_failures_with_continue_on_error_and_end_with_the_first_failure_code() {
        ScriptRunner scripts = new ScriptRunner(shell.bean(CommandRunner.class), shell.bean(Journal.class), true);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = scripts.run(new ShellSettings.Script("job.anaplan",
                List.of("use-model nosuch", "echo between", "set", "echo last")),
                new PrintWriter(out), new PrintWriter(err), new InputReader() { });
        assertThat(code).isEqualTo(4);
        assertThat(out.toString()).isEqualTo("between\nlast\n");
        assertThat(err.toString()).startsWith("error: job.anaplan:1: Model 'nosuch'").contains("error: job.anaplan:3: ");
    }

    @Test
    void should_end_a_script_at_exit_with_the_code_of_what_ran_before() {
        ScriptRunner stopOnError = new ScriptRunner(shell.bean(CommandRunner.class), shell.bean(Journal.class), false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = stopOnError.run(new ShellSettings.Script("job.anaplan", List.of("echo before", "  exit  ",
                "use-model nosuch", "echo after")), new PrintWriter(out), new PrintWriter(err), new InputReader() { });
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("before\n");
        assertThat(err.toString()).isEmpty();

        ScriptRunner goingOn = new ScriptRunner(shell.bean(CommandRunner.class), shell.bean(Journal.class), true);
        code = goingOn.run(new ShellSettings.Script("job.anaplan", List.of("use-model nosuch", "quit", "echo after")),
                new PrintWriter(out), new PrintWriter(err), new InputReader() { });
        assertThat(code).isEqualTo(4);
        assertThat(out.toString()).isEqualTo("before\n");
    }

    @Test
    void should_name_the_failing_command_in_a_run_of_several_dash_c_commands() {
        ScriptRunner scripts = new ScriptRunner(shell.bean(CommandRunner.class), shell.bean(Journal.class), false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = scripts.run(new ShellSettings.Script(null, List.of("echo one", "use-model nosuch", "echo two")),
                new PrintWriter(out), new PrintWriter(err), new InputReader() { });
        assertThat(code).isEqualTo(4);
        assertThat(out.toString()).isEqualTo("one\n");
        assertThat(err.toString()).startsWith("error: 'use-model nosuch': Model 'nosuch' not found").hasLineCount(1);
    }
}
