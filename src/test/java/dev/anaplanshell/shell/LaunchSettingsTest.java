package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import dev.anaplanshell.AnaplanShellApplication;
import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.sandbox.http.Faults;

import org.junit.jupiter.api.Test;

/** The settings the launch options stand for: retries, timeouts, rate limit, proxy, sandbox; nothing starts Spring. */
class LaunchSettingsTest {

    private static LaunchOptions parse(String... args) {
        return LaunchOptions.parse(args);
    }

    @Test
    void should_default_to_5_retries_540_requests_a_minute_and_java_proxy_properties() {
        assertThat(LaunchSettings.http(parse(), Map.of())).isEqualTo(HttpSettings.DEFAULTS);
        assertThat(LaunchSettings.sandbox(parse("--sandbox"), 0)).isEqualTo(SandboxOptions.defaults());
    }

    @Test
    void should_read_every_option() {
        HttpSettings http = LaunchSettings.http(parse("--max-retries", "0", "--connect-timeout", "3s",
                "--read-timeout", "2m", "--rate-limit", "100", "--proxy", "http://u:p@proxy:3128",
                "--max-answer-size", "64MiB"), Map.of());
        assertThat(http.maxRetries()).isZero();
        assertThat(http.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(http.readTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(http.requestsPerMinute()).isEqualTo(100);
        assertThat(http.proxy().url().getHost()).isEqualTo("proxy");
        assertThat(http.maxAnswerBytes()).isEqualTo(64L << 20);
        assertThat(OptionValues.size("512k")).isEqualTo(512L << 10);
        assertThat(OptionValues.size("2 GB")).isEqualTo(2L << 30);
        assertThat(OptionValues.size("1000")).isEqualTo(1000);
        Faults faults = LaunchSettings.sandbox(parse("--serve-sandbox", "--sandbox-faults",
                "429=0.1,500=0.05,503=0.05,reset=0.02", "--sandbox-latency-ms", "20", "--sandbox-faults-seed", "42"), 0)
                .faults();
        assertThat(faults.probabilities()).containsExactly(Map.entry("429", 0.1), Map.entry("500", 0.05),
                Map.entry("503", 0.05), Map.entry("reset", 0.02));
        assertThat(faults.latencyMs()).isEqualTo(20);
        assertThat(faults.seed()).isEqualTo(42L);
    }

    @Test
    void should_exit_2_with_one_line_for_bad_resilience_options() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Launcher launcher = new Launcher(AnaplanShellApplication.class, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String[][] bad = {
            {"--sandbox", "--sandbox-faults", "429=2", "-c", "status"},
            {"--sandbox", "--sandbox-faults", "418x=0.1", "-c", "status"},
            {"--sandbox", "--sandbox-faults", "500=0.6,503=0.6", "-c", "status"},
            {"--sandbox", "--sandbox-latency-ms", "-5", "-c", "status"},
            {"--max-retries", "-1", "-c", "status"},
            {"--max-retries", "many", "-c", "status"},
            {"--read-timeout", "soon", "-c", "status"},
            {"--proxy", "ftp://proxy", "-c", "status"},
            {"--max-answer-size", "lots", "-c", "status"},
            {"--max-answer-size", "0", "-c", "status"},
        };
        for (String[] args : bad) {
            assertThat(launcher.run(args)).as(String.join(" ", args)).isEqualTo(2);
        }
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(bad.length).allMatch(l -> l.startsWith("error: "));
    }
}
