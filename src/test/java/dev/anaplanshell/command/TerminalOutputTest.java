package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import dev.anaplanshell.render.OutputSettings;
import dev.anaplanshell.shell.RunSettings;
import dev.anaplanshell.support.ShellHarness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -x}, {@code --timing} and {@code set timing on}; output that is not a terminal is never wrapped. */
class TerminalOutputTest {

    @TempDir
    Path home;

    @Test
    void should_print_the_time_of_each_command_on_stderr_while_timing_is_on() {
        try (ShellHarness shell = ShellHarness.start(home)) {
            shell.loggedIn();
            assertThat(shell.run("models list -o csv").err()).doesNotContain("Time:");
            shell.ok("set timing on");
            ShellHarness.Result timed = shell.run("models list -o csv");
            assertThat(timed.err()).matches("Time: \\d+\\.\\d{3} ms\\n");
            assertThat(timed.out()).doesNotContain("Time:");
            shell.ok("set timing off");
            assertThat(shell.run("models list -o csv").err()).doesNotContain("Time:");
        }
    }

    @Test
    void should_time_every_command_with_timing_at_launch_until_set_off() {
        RunSettings run = new RunSettings(Map.of(), false, OutputSettings.DEFAULTS, true);
        try (ShellHarness shell = ShellHarness.start(home, run)) {
            assertThat(shell.run("echo hi").err()).startsWith("Time: ");
            shell.ok("set timing off");
            assertThat(shell.run("echo hi").err()).isEmpty();
        }
    }

    @Test
    void should_show_rows_as_blocks_with_expanded_at_launch() {
        OutputSettings expanded = new OutputSettings(false, null, false, false, null, false, true, true);
        try (ShellHarness shell = ShellHarness.start(home, new RunSettings(Map.of(), false, expanded))) {
            shell.loggedIn();
            String out = shell.ok("models list");
            assertThat(out).startsWith("-[ RECORD 1 ]-").contains("\nname          | FP&A Plan\n").doesNotContain("│");
        }
    }

    @Test
    void should_never_wrap_a_table_that_does_not_go_to_a_terminal() {
        try (ShellHarness shell = ShellHarness.start(home)) {
            shell.loggedIn();
            shell.ok("use-model 'FP&A Plan'");
            String csv = shell.ok("lineitems list -o csv");
            String longest = csv.lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1))
                    .filter(f -> !f.contains("\"")).max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
            String table = shell.ok("lineitems list");
            assertThat(table.lines()).anyMatch(l -> l.contains(longest) && l.startsWith("│") && l.endsWith("│"));
            long rows = Long.parseLong(table.substring(table.lastIndexOf('(') + 1, table.lastIndexOf(" rows)")));
            assertThat(table.lines().filter(l -> l.startsWith("│")).count()).as("one line a row and the header")
                    .isEqualTo(rows + 1);
        }
    }
}
