package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Living in the shell on a real terminal: Ctrl-C keeps the session, tables fit, long output is paged. */
class TerminalIT {

    private static final String JAR = Path.of(System.getProperty("anaplan.shell.jar", "target/anaplan-shell.jar"))
            .toAbsolutePath().toString();
    private static final String PROMPT = "anaplan:Acme Planning/FP&A Plan> ";

    @TempDir
    Path dir;

    @BeforeEach
    void needsAPseudoTerminal() {
        assumeThat(Pty.available()).as("util-linux 'script' for a pseudo-terminal").isTrue();
    }

    @Test
    void should_cancel_a_slow_command_on_ctrl_c_and_keep_the_session() throws Exception {
        // --debug traces each request as it is sent: Ctrl-C goes only once the command is on its way
        try (Pty pty = Pty.start(dir, home(), 120, 40, JAR, "--sandbox", "--sandbox-latency-ms", "3000", "--debug")) {
            pty.await(text -> text.endsWith("> "), 0, "the first prompt");
            pty.run("set X 1", "anaplan");
            int from = pty.type("models list\r");
            pty.await(text -> text.contains("http> GET"), from, "the command's request");
            pty.type("\u0003");
            String after = pty.await(text -> text.contains("interrupted") && text.endsWith("> "), from,
                    "the command cancelled and a prompt");
            assertThat(after).doesNotContain("rows)");
            pty.run("vars", "X");
            assertThat(Pty.plain(pty.output())).containsPattern("X\\s*[=│| ]+\\s*1");
            pty.type("exit\r");
            assertThat(pty.exitCode()).isZero();
        }
    }

    @Test
    void should_fit_a_listing_in_80_columns() throws Exception {
        try (Pty pty = Pty.start(dir, home(), 80, 40, JAR, "--sandbox")) {
            pty.await(text -> text.endsWith("> "), 0, "the first prompt");
            String table = pty.run("models list", "rows)");
            assertThat(table.lines()).as(table).allMatch(line -> line.length() <= 80);
            assertThat(table).contains("FP&A Plan");
            pty.type("exit\r");
            assertThat(pty.exitCode()).isZero();
        }
    }

    @Test
    void should_page_output_taller_than_the_terminal() throws Exception {
        try (Pty pty = Pty.start(dir, home(), 160, 40, JAR, "--sandbox")) {
            pty.await(text -> text.endsWith("> "), 0, "the first prompt");
            pty.run("use-model 'FP&A Plan'", PROMPT);
            int from = pty.type("lineitems list\r");
            String page = pty.await(text -> text.endsWith("\n:"), from, "the pager's prompt");
            assertThat(page).contains("moduleName").doesNotContain("rows)");
            pty.type("q");
            pty.await(text -> text.endsWith(PROMPT), from, "the prompt after quitting the pager");
            pty.type("exit\r");
            assertThat(pty.exitCode()).isZero();
        }
    }

    private Map<String, String> home() {
        return Map.of("ANAPLAN_SHELL_HOME", dir.resolve("home").toString());
    }
}
