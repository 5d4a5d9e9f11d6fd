package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.session.Session;
import dev.anaplanshell.support.ShellHarness;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code record}, {@code history} and {@code history save} keep out what the history file keeps out: one rule. */
class SecretRuleTest {

    private static final String PASSWORD = "Zebra-Lamp-42";

    @TempDir
    Path dir;
    private ShellHarness shell;

    @BeforeEach
    void start() {
        shell = ShellHarness.start(dir.resolve("home"),
                SandboxOptions.builder().user("ana@example.com", PASSWORD).build());
    }

    @AfterEach
    void stop() {
        shell.close();
    }

    @Test
    void should_keep_the_live_password_and_token_out_of_recordings_and_saved_history() throws Exception {
        Path recording = dir.resolve("recorded.anaplan");
        shell.ok("record start " + recording);
        shell.run("login --user ana@example.com", PASSWORD);
        String token = shell.bean(Session.class).connection().token();
        shell.ok("set SECRET " + PASSWORD);
        shell.ok("echo " + PASSWORD);
        shell.ok("echo " + token);
        shell.ok("use-model 'FP&A Plan'");
        shell.ok("record stop");
        Path saved = dir.resolve("saved.anaplan");
        shell.ok("history save " + saved);
        String history = shell.ok("history -o csv");

        for (String text : new String[] {Files.readString(recording), Files.readString(saved), history}) {
            assertThat(text).doesNotContain(PASSWORD, token).contains("use-model 'FP&A Plan'");
        }
        assertThat(Files.readString(recording).lines().filter(l -> !l.startsWith("#")))
                .containsExactly("login", "use-model 'FP&A Plan'");
        assertThat(history).contains("set ***", "echo ***");
    }
}
