package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Living in the shell in a real terminal (tmux): Ctrl-C keeps the session, tables fit, long output is paged. */
class TerminalIT {

    @TempDir
    Path dir;

    @BeforeEach
    void needsTmux() {
        assumeThat(Tmux.available()).as("tmux for a real terminal").isTrue();
    }

    @Test
    void should_cancel_a_slow_command_on_ctrl_c_and_keep_the_session() throws Exception {
        // --debug traces each request as it is sent: Ctrl-C goes only once the command is on its way
        try (Tmux tmux = shell(120, 40, "--sandbox", "--sandbox-latency-ms", "3000", "--debug")) {
            tmux.awaitPrompt();
            tmux.run("set X 1", "anaplan");
            int from = tmux.mark();
            tmux.type("models list");
            tmux.press("Enter");
            tmux.await(text -> text.contains("http> GET"), from, "the command's request");
            tmux.press("C-c");
            String after = tmux.await(text -> text.contains("interrupted") && Tmux.endsAtPrompt(text), from,
                    "the command cancelled and a prompt");
            assertThat(after).doesNotContain("rows)");
            String vars = tmux.run("vars", "X");
            assertThat(vars).containsPattern("X\\s*[=│| ]+\\s*1");
            tmux.type("exit");
            tmux.press("Enter");
            assertThat(tmux.exitCode()).isZero();
        }
    }

    @Test
    void should_fit_a_listing_in_80_columns() throws Exception {
        try (Tmux tmux = shell(80, 40, "--sandbox")) {
            tmux.awaitPrompt();
            // every model of the tenant: the widest listing there is of models
            String table = tmux.run("models list --all", "rows)");
            // wrapped lines are joined in the capture: a row wider than the terminal would show as a longer line
            assertThat(table.lines()).as(table).allMatch(line -> line.length() <= 80);
            assertThat(table).contains("FP&A Plan");
            tmux.type("exit");
            tmux.press("Enter");
            assertThat(tmux.exitCode()).isZero();
        }
    }

    @Test
    void should_page_output_taller_than_the_terminal() throws Exception {
        try (Tmux tmux = shell(160, 40, "--sandbox")) {
            tmux.awaitPrompt();
            tmux.run("use-model 'FP&A Plan'", "Using model");
            tmux.type("lineitems list");
            tmux.press("Enter");
            String page = tmux.awaitScreen(screen -> screen.endsWith("\n:"), "the pager's prompt");
            assertThat(page).contains("moduleName").doesNotContain("rows)");
            assertThat(page.lines()).hasSize(40);
            tmux.type("q");
            tmux.awaitScreen(Tmux::endsAtPrompt, "the prompt after quitting the pager");
            tmux.type("exit");
            tmux.press("Enter");
            assertThat(tmux.exitCode()).isZero();
        }
    }

    private Tmux shell(int cols, int rows, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ShellProcess.LAUNCHER));
        command.addAll(List.of(args));
        return Tmux.start(dir, Map.of("ANAPLAN_SHELL_HOME", dir.resolve("home").toString()), cols, rows, command);
    }
}
