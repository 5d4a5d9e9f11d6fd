package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.session.Session;
import dev.anaplanshell.support.ShellHarness;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which lines the history must not keep. */
class SecretFilterTest {

    @TempDir
    Path home;
    private ShellHarness shell;
    private SecretFilter filter;

    @BeforeEach
    void start() {
        shell = ShellHarness.start(home, SandboxOptions.builder().user("ana@example.com", "Zebra-Lamp-42").build());
        filter = shell.bean(SecretFilter.class);
    }

    @AfterEach
    void stop() {
        shell.close();
    }

    @Test
    void should_flag_the_sessions_live_password_and_token() {
        assertThat(filter.isSecret("Zebra-Lamp-42")).isFalse();
        shell.run("login --user ana@example.com", "Zebra-Lamp-42");
        String token = shell.bean(Session.class).connection().token();

        assertThat(filter.isSecret("Zebra-Lamp-42")).isTrue();
        assertThat(filter.isSecret("echo " + token)).isTrue();
        assertThat(filter.isSecret("login --user ana@example.com")).isFalse();
        assertThat(filter.isSecret("models list -o csv")).isFalse();

        shell.ok("logout");
        assertThat(filter.isSecret("Zebra-Lamp-42")).as("forgotten at logout").isFalse();
    }

    @Test
    void should_flag_lines_that_look_like_they_carry_a_secret() {
        assertThat(filter.isSecret("# password=hunter2")).isTrue();
        assertThat(filter.isSecret("login --password hunter2")).isTrue();
        assertThat(filter.isSecret("curl -H 'Authorization: Basic ZGVtbzpkZW1v'")).isTrue();
        assertThat(filter.isSecret("set token: abc")).isTrue();
        assertThat(filter.isSecret("login --user a@b.c --password-stdin")).isFalse();
        assertThat(filter.isSecret("login --keystore a.p12 --alias x --store-password-stdin")).isFalse();
        assertThat(filter.isSecret("use-model 'FP&A Plan'")).isFalse();
    }
}
