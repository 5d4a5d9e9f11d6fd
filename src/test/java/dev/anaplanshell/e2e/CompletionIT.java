package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion, in the shell and in bash, and the start-up script, in a real terminal (tmux). */
class CompletionIT {

    @TempDir
    Path dir;

    @BeforeEach
    void needsTmux() {
        assumeThat(Tmux.available()).as("tmux for a real terminal").isTrue();
    }

    @Test
    void should_complete_command_words_unquoted_and_leave_a_shared_prefix_open_after_the_startup_script()
            throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("startup.anaplan"), "set FROM_STARTUP yes\n");
        try (Tmux tmux = Tmux.start(dir, Map.of("ANAPLAN_SHELL_HOME", home.toString()), 200, 50,
                List.of(ShellProcess.LAUNCHER, "--sandbox"))) {
            tmux.awaitPrompt();
            int from = tmux.mark();
            tmux.type("lin");
            tmux.press("Tab");
            tmux.await(text -> text.contains("> lineitems"), from, "the command word completed");
            assertThat(tmux.upToCursor()).endsWith("> lineitems ");
            assertThat(tmux.since(from)).doesNotContain("'lineitems");
            tmux.press("C-u");
            from = tmux.mark();
            tmux.type("use-model FP");
            tmux.press("Tab");
            // the shared prefix, quote open, and the two names that share it listed below
            tmux.await(text -> text.contains("FP&A Plan (DEV)"), from, "the candidates");
            assertThat(tmux.upToCursor()).endsWith("> use-model 'FP&A Plan");
            // typed on inside the open quote: a quote closed after 'FP&A Plan' would leave the line unbalanced
            tmux.run(" (DEV)'", "Using model 'FP&A Plan (DEV)'");
            tmux.run("vars", "FROM_STARTUP");
            tmux.type("exit");
            tmux.press("Enter");
            assertThat(tmux.exitCode()).isZero();
        }
    }

    @Test
    void should_complete_the_launcher_s_options_in_bash_from_its_completion_script() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/bin/bash"))).as("bash").isTrue();
        Path bin = Path.of(ShellProcess.LAUNCHER).getParent();
        try (Tmux tmux = Tmux.start(dir, Map.of("PATH", bin + ":" + System.getenv("PATH"), "PS1", "bash$ "), 120, 40,
                List.of("/bin/bash", "--norc", "--noprofile", "-i"))) {
            tmux.awaitScreen(screen -> screen.endsWith("bash$"), "bash's prompt");
            tmux.type("source <(anaplan-shell completion bash) && echo sourced");
            tmux.press("Enter");
            tmux.awaitScreen(screen -> screen.contains("\nsourced\nbash$"), "the script sourced");
            tmux.type("anaplan-shell --sa");
            tmux.press("Tab");
            tmux.awaitScreen(screen -> screen.endsWith("bash$ anaplan-shell --sandbox"), "--sa completed");
            // --sandbox alone, or --sandbox as the prefix that --sandbox-user and the others share
            assertThat(tmux.upToCursor()).matches("bash\\$ anaplan-shell --sandbox ?");
        }
    }
}
