package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion and the start-up script in the packaged shell on a real terminal. */
class CompletionIT {

    private static final String JAR = Path.of(System.getProperty("anaplan.shell.jar", "target/anaplan-shell.jar"))
            .toAbsolutePath().toString();

    @TempDir
    Path dir;

    @Test
    void should_complete_command_words_unquoted_and_leave_a_shared_prefix_open_after_the_startup_script()
            throws Exception {
        assumeThat(Pty.available()).as("util-linux 'script' for a pseudo-terminal").isTrue();
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("startup.anaplan"), "set FROM_STARTUP yes\n");
        try (Pty pty = Pty.start(dir, Map.of("ANAPLAN_SHELL_HOME", home.toString()), JAR, "--sandbox")) {
            pty.await(text -> text.endsWith("> "), 0, "the first prompt");
            int from = pty.type("lin\t");
            pty.await(text -> text.contains("lineitems "), from, "the command word completed");
            assertThat(pty.output()).doesNotContain("'lineitems");
            pty.type("\u0015"); // Ctrl-U: clear the line
            from = pty.type("use-model FP\t");
            // the line is redrawn in place: only the inserted part, then the two names that share it, are printed
            pty.await(text -> text.contains("'FP&A Plan") && text.contains("FP&A Plan (DEV)"), from,
                    "the shared prefix, quote open");
            // typed on inside the open quote: a quote closed after 'FP&A Plan' would leave the line unbalanced
            pty.run(" (DEV)'", "Using model 'FP&A Plan (DEV)'");
            pty.run("vars", "FROM_STARTUP");
            pty.type("exit\r");
            assertThat(pty.exitCode()).isZero();
        }
    }
}
