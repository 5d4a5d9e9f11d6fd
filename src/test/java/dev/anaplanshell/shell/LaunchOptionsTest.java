package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.anaplanshell.AnaplanShellApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option declared in {@link LaunchOptions}, read from the declarations (none listed here by hand): each is in
 * {@code --help} and the completion scripts, and each misuse is one line and exit 2. Nothing here starts Spring.
 */
class LaunchOptionsTest {

    @TempDir
    Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Launcher launcher = new Launcher(AnaplanShellApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    /** The words before {@code option} that let it be given: {@code --sandbox} for a sandbox option. */
    private static List<String> enabling(LaunchOption<?> option) {
        return option.needs.isEmpty() ? List.of() : List.of(option.needs.get(0).name());
    }

    private int run(List<String> args) {
        return launcher.run(args.toArray(String[]::new));
    }

    private List<String> errors() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void should_show_every_declared_option_in_help_with_its_short_name_label_and_default() {
        assertThat(launcher.run(new String[] {"--help"})).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        for (LaunchOption<?> option : LaunchOptions.ALL) {
            String names = (option.shortName == null ? "    " : "-" + option.shortName + ", ") + option.name()
                    + (option.takesValue() ? " " + option.label : "");
            assertThat(help).as(option.longName).contains("  " + names + " ");
        }
        assertThat(help).contains("(default: 10s).", "(default: 35m).", "(default: 540).")
                .doesNotContain("(default: 0)");
    }

    @Test
    void should_offer_every_declared_option_in_the_bash_completion_script() {
        assertThat(launcher.run(new String[] {"completion", "bash"})).isZero();
        String script = out.toString(StandardCharsets.UTF_8);
        String offered = script.lines().filter(l -> l.contains("compgen -W \"--")).findFirst().orElseThrow();
        int start = offered.indexOf('"') + 1;
        List<String> words = List.of(offered.substring(start, offered.indexOf('"', start)).split(" "));
        assertThat(words).containsExactlyElementsOf(LaunchOptions.ALL.stream().map(LaunchOption::name).toList());
        for (LaunchOption<?> option : LaunchOptions.ALL) {
            if (option.takesValue()) { // its value is completed, or at least not taken for an option
                assertThat(script).as(option.longName).containsPattern("[ |]" + option.name() + "[|)]");
            }
        }
    }

    @Test
    void should_refuse_every_single_valued_option_given_twice_in_one_line() {
        List<LaunchOption<?>> single = LaunchOptions.ALL.stream().filter(o -> o.takesValue() && !o.repeatable)
                .toList();
        for (LaunchOption<?> option : single) {
            List<String> args = new ArrayList<>(enabling(option));
            args.addAll(List.of(option.name(), "1", option.name(), "2"));
            assertThat(run(args)).as(option.longName).isEqualTo(2);
        }
        assertThat(errors()).containsExactlyElementsOf(single.stream()
                .map(o -> "error: option '" + o.name() + "' is given more than once (see --help)").toList());
    }

    @Test
    void should_refuse_every_option_without_its_value_in_one_line() {
        List<LaunchOption<?>> valued = LaunchOptions.ALL.stream().filter(LaunchOption::takesValue).toList();
        for (LaunchOption<?> option : valued) {
            List<String> args = new ArrayList<>(enabling(option));
            args.add(option.name());
            assertThat(run(args)).as(option.longName).isEqualTo(2);
        }
        assertThat(errors()).containsExactlyElementsOf(valued.stream()
                .map(o -> "error: option '" + o.name() + "' needs a value (see --help)").toList());
    }

    @Test
    void should_suggest_every_option_when_it_is_mistyped() {
        for (LaunchOption<?> option : LaunchOptions.ALL) {
            assertThat(run(List.of(option.name() + "z", "-c", "status"))).as(option.longName).isEqualTo(2);
        }
        assertThat(errors()).containsExactlyElementsOf(LaunchOptions.ALL.stream().map(o -> "error: unknown option '"
                + o.name() + "z' (did you mean '" + o.name() + "'?) (see --help)").toList());
    }

    @Test
    void should_refuse_a_sandbox_option_without_the_sandbox_before_reading_its_value() {
        List<LaunchOption<?>> sandboxOnly = LaunchOptions.ALL.stream().filter(o -> !o.needs.isEmpty()).toList();
        assertThat(sandboxOnly).extracting(o -> o.longName).contains("port", "sandbox-latency-ms", "sandbox-cert");
        for (LaunchOption<?> option : sandboxOnly) {
            List<String> args = new ArrayList<>(List.of(option.name()));
            if (option.takesValue()) {
                args.add("not a value"); // not read: the option is refused first
            }
            args.addAll(List.of("-c", "status"));
            assertThat(run(args)).as(option.longName).isEqualTo(2);
        }
        assertThat(run(List.of("--sandbox", "--port", "8080", "-c", "status"))).isEqualTo(2);
        assertThat(errors()).hasSize(sandboxOnly.size() + 1)
                .contains("error: option '--sandbox-latency-ms' needs --sandbox or --serve-sandbox (see --help)")
                .endsWith("error: option '--port' needs --serve-sandbox (see --help)");
    }

    @Test
    void should_apply_a_sandbox_default_from_the_config_file_only_when_the_sandbox_runs() throws Exception {
        Files.writeString(home.resolve(ConfigFile.NAME), "sandbox-task-time=0\nsandbox-latency-ms=-1\nquiet=true\n");
        String[] plain = {"-c", "status"};
        LaunchOptions options = LaunchOptions.parse(
                ConfigFile.withDefaults(home, LaunchOptions.parse(plain).given(), plain));
        assertThat(options.get(LaunchOptions.QUIET)).isTrue();
        assertThat(options.given(LaunchOptions.SANDBOX_TASK_TIME)).isFalse();

        Files.writeString(home.resolve(ConfigFile.NAME), "sandbox-task-time=0\nsandbox=true\n");
        options = LaunchOptions.parse(ConfigFile.withDefaults(home, LaunchOptions.parse(plain).given(), plain));
        assertThat(options.get(LaunchOptions.SANDBOX)).isTrue();
        assertThat(options.get(LaunchOptions.SANDBOX_TASK_TIME)).isEqualTo(Duration.ZERO);
        assertThat(Stream.of(LaunchOptions.SANDBOX_USER, LaunchOptions.SANDBOX_CERT, LaunchOptions.PORT))
                .allMatch(o -> !o.configurable);
    }
}
