package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import dev.anaplanshell.AnaplanShellApplication;

import org.junit.jupiter.api.Test;

/** The launcher's own command line; nothing here starts Spring. */
class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Launcher launcher = new Launcher(AnaplanShellApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void should_parse_durations_for_the_token_lifetime() {
        assertThat(OptionValues.duration("35m")).isEqualTo(Duration.ofMinutes(35));
        assertThat(OptionValues.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(OptionValues.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(OptionValues.duration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(OptionValues.duration("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(OptionValues.duration("PT5S")).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> OptionValues.duration("soon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OptionValues.duration("0s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_print_help_and_version_without_starting_the_shell() {
        assertThat(launcher.run(new String[] {"--help"})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--sandbox", "--serve-sandbox", "-c", "-f");
        assertThat(launcher.run(new String[] {"--version"})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("anaplan-shell ");
    }

    @Test
    void should_exit_2_with_one_line_for_bad_launch_options() {
        assertThat(launcher.run(new String[] {"--bogus"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"-c", "status", "-f", "x"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"--sandbox", "--sandbox-token-ttl", "soon", "-c", "status"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"-f", "/no/such/script.txt"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"--api-url", "ftp://x", "-c", "status"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"-o", "yaml", "-c", "status"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"-v", "1X=a", "-c", "status"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"-v", "novalue", "-c", "status"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(8).allMatch(l -> l.startsWith("error: "));
    }

    @Test
    void should_refuse_negative_sandbox_sizes_and_ports_out_of_range_in_one_line() {
        assertThat(launcher.run(new String[] {"--sandbox", "--sandbox-line-items", "-5", "-c", "status"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"--serve-sandbox", "--port", "99999"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"--csv-safe", "--no-csv-safe", "-c", "status"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "error: option '--sandbox-line-items' needs a number of 0 or more, not -5 (see --help)",
                "error: option '--port' needs a port number from 0 to 65535, not 99999 (see --help)",
                "error: use only one of --csv-safe and --no-csv-safe (see --help)");
    }

    @Test
    void should_refuse_bad_auth_launch_options_before_starting() {
        assertThat(launcher.run(new String[] {"--profile", "no-such-profile-here", "-c", "status"})).isEqualTo(4);
        assertThat(launcher.run(new String[] {"--region", "mars", "-c", "status"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"--oauth-url", "ftp://x", "-c", "status"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"--sandbox", "--sandbox-user", "nocolon", "-c", "status"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"--sandbox", "--sandbox-cert", "/no/such.pem", "-c", "status"}))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(5).allMatch(l -> l.startsWith("error: "));
    }

    @Test
    void should_list_the_auth_options_in_help() {
        assertThat(launcher.run(new String[] {"--help"})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--profile", "--region", "--oauth-url",
                "--sandbox-user", "--sandbox-cert", "--sandbox-oauth-auto-approve");
    }

    @Test
    void should_suggest_the_launch_option_meant() {
        assertThat(launcher.run(new String[] {"--sandbx", "-c", "status"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"--sandbox", "--rate-limt=5", "-c", "status"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                error: unknown option '--sandbx' (did you mean '--sandbox'?) (see --help)
                error: unknown option '--rate-limt=5' (did you mean '--rate-limit'?) (see --help)
                """);
    }

    @Test
    void should_refuse_repeated_single_options_bad_numbers_and_variables_without_a_value() {
        assertThat(launcher.run(new String[] {"-c", "status", "-c", "help"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"--port", "eighty", "--serve-sandbox"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"--port", "99999999999", "--serve-sandbox"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"-c"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"--sand", "-c", "status"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                error: option '--command' is given more than once (see --help)
                error: option '--port' needs a whole number, not 'eighty' (see --help)
                error: option '--port' is out of range: 99999999999 (see --help)
                error: option '--command' needs a value (see --help)
                error: unknown option '--sand' (see --help)
                """);
    }

    @Test
    void should_read_repeatable_options_values_after_an_equals_sign_and_stop_at_the_command() {
        LaunchOptions options = LaunchOptions.parse("-v", "A=1", "--var=B=x=y", "--rate-limit=60", "--debug",
                "models", "list", "-o", "csv");
        assertThat(options.get(LaunchOptions.VAR)).containsExactly(Map.entry("A", "1"), Map.entry("B", "x=y"));
        assertThat(options.get(LaunchOptions.RATE_LIMIT)).isEqualTo(60);
        assertThat(options.get(LaunchOptions.DEBUG)).isTrue();
        assertThat(options.get(LaunchOptions.OUTPUT)).isNull();
        assertThat(options.command).containsExactly("models", "list", "-o", "csv");
        LaunchOptions defaults = LaunchOptions.parse();
        assertThat(defaults.get(LaunchOptions.MAX_RETRIES)).isEqualTo(5);
        assertThat(defaults.get(LaunchOptions.SANDBOX_TOKEN_TTL)).isEqualTo(Duration.ofMinutes(35));
        assertThat(defaults.get(LaunchOptions.SANDBOX_FAULTS_SEED)).isNull();
    }
}
