package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.OutputFormat;
import dev.anaplanshell.support.ShellHarness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code config.properties} (defaults for launch options) and {@code startup.anaplan} in the configuration folder. */
class ConfigFileTest {

    @TempDir
    Path home;

    private LaunchOptions launch(String... args) {
        LaunchOptions given = LaunchOptions.parse(args);
        return LaunchOptions.parse(ConfigFile.withDefaults(home, given.given(), args));
    }

    @Test
    void should_take_defaults_from_the_file_with_the_command_line_winning() throws Exception {
        assertThat(launch("-c", "status").get(LaunchOptions.OUTPUT)).isNull(); // no file: nothing changes
        Files.writeString(home.resolve("config.properties"), """
                # defaults for every run
                output = csv
                rate-limit=300
                max-retries: 2
                color=false
                quiet=no
                """);
        LaunchOptions defaults = launch("-c", "status");
        assertThat(defaults.get(LaunchOptions.OUTPUT)).isEqualTo(OutputFormat.CSV);
        assertThat(defaults.get(LaunchOptions.RATE_LIMIT)).isEqualTo(300);
        assertThat(defaults.get(LaunchOptions.MAX_RETRIES)).isEqualTo(2);
        assertThat(defaults.get(LaunchOptions.NO_COLOR)).isTrue();
        assertThat(defaults.get(LaunchOptions.QUIET)).isFalse();
        assertThat(defaults.get(LaunchOptions.COMMAND)).isEqualTo("status");
        LaunchOptions overridden = launch("-o", "json", "--rate-limit=60", "models", "list");
        assertThat(overridden.get(LaunchOptions.OUTPUT)).isEqualTo(OutputFormat.JSON);
        assertThat(overridden.get(LaunchOptions.RATE_LIMIT)).isEqualTo(60);
        assertThat(overridden.command).containsExactly("models", "list");
    }

    @Test
    void should_name_the_file_and_key_of_a_bad_entry_in_one_line() throws Exception {
        Path file = home.resolve("config.properties");
        Files.writeString(file, "outptu=csv\n");
        assertThatThrownBy(() -> launch()).isInstanceOf(ShellException.class)
                .hasMessage(file + ": unknown key 'outptu' (did you mean 'output'?)");
        Files.writeString(file, "output=yaml\n");
        assertThatThrownBy(() -> launch()).hasMessageStartingWith(file + ": key 'output': unknown output format 'yaml'");
        Files.writeString(file, "rate-limit=lots\n");
        assertThatThrownBy(() -> launch()).hasMessageStartingWith(file + ": key 'rate-limit': ");
        Files.writeString(file, "connect-timeout=soon\n");
        assertThatThrownBy(() -> launch()).hasMessageStartingWith(file + ": key 'connect-timeout': ");
        Files.writeString(file, "color=maybe\n");
        assertThatThrownBy(() -> launch()).hasMessage(file + ": key 'color' needs true or false, not 'maybe'");
        Files.writeString(file, "command=models list\n");
        assertThatThrownBy(() -> launch()).hasMessageStartingWith(file + ": unknown key 'command'");
        assertThat(ConfigFile.withDefaults(home.resolve("none"), Set.of(), new String[] {"-q"})).containsExactly("-q");
    }

    @Test
    void should_run_the_startup_script_before_the_prompt() throws Exception {
        try (ShellHarness shell = ShellHarness.start(home)) {
            StringWriter out = new StringWriter();
            assertThat(StartupScript.run(home, shell.bean(CommandRunner.class), new PrintWriter(out), null)).isZero();
            Files.writeString(home.resolve("startup.anaplan"), "# my defaults\nset REGION_CODE eu3\n");
            assertThat(StartupScript.run(home, shell.bean(CommandRunner.class), new PrintWriter(out), null)).isZero();
            assertThat(shell.ok("vars")).contains("REGION_CODE");
            Files.writeString(home.resolve("startup.anaplan"), "nosuch command\n");
            assertThat(StartupScript.run(home, shell.bean(CommandRunner.class), new PrintWriter(out), null))
                    .isEqualTo(2);
            assertThat(out.toString()).contains("startup.anaplan:1").contains("unknown command 'nosuch");
        }
    }
}
