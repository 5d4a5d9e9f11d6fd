package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.sandbox.http.Faults;

import org.junit.jupiter.api.Test;

/** Retries and backoff against the fault-injecting sandbox over real HTTP; waits are recorded, never slept. */
class RetriesTest {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> token = new AtomicReference<>();

    private AnaplanSandbox sandbox(String faults, long latencyMs, long seed) throws Exception {
        return AnaplanSandbox.start(SandboxOptions.builder()
                .faults(new Faults(Faults.parse(faults), latencyMs, seed)).build());
    }

    private AnaplanClient client(AnaplanSandbox sandbox, HttpSettings http) {
        return new AnaplanClient(Endpoints.sameHost(sandbox.baseUrl()), token::get, "test", http, waits::add);
    }

    private String message(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return new ErrorHandler(false).describe(e).message();
        }
        throw new AssertionError("no failure");
    }

    @Test
    void should_come_through_a_storm_of_faults_with_the_same_answer_as_without() throws Exception {
        List<String> expected;
        try (AnaplanSandbox calm = sandbox("", 0, 1); AnaplanClient client = client(calm, HttpSettings.DEFAULTS)) {
            token.set(client.auth().authenticateBasic("demo@example.com", "demo".toCharArray()).tokenValue());
            expected = client.models().list().map(Model::id).toList();
        }
        try (AnaplanSandbox stormy = sandbox("429=0.2,500=0.1,503=0.1,reset=0.1", 0, 7);
                AnaplanClient client = client(stormy, HttpSettings.builder().maxRetries(12).build())) {
            for (int i = 0; i < 5; i++) {
                token.set(client.auth().authenticateBasic("demo@example.com", "demo".toCharArray()).tokenValue());
                assertThat(client.models().list().map(Model::id).toList()).isEqualTo(expected);
            }
        }
        assertThat(waits).isNotEmpty();
    }

    @Test
    void should_wait_as_long_as_retry_after_says_on_429_and_give_up_after_max_retries() throws Exception {
        try (AnaplanSandbox sandbox = sandbox("429=1", 0, 1); AnaplanClient client = client(sandbox,
                HttpSettings.builder().maxRetries(3).build())) {
            assertThat(message(() -> client.workspaces().list().toList())).isEqualTo(
                    "Anaplan's rate limit was hit (HTTP 429): Too Many Requests (gave up after 3 retries)");
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void should_back_off_exponentially_with_jitter_on_500_for_a_read() throws Exception {
        try (AnaplanSandbox sandbox = sandbox("500=1", 0, 1); AnaplanClient client = client(sandbox,
                HttpSettings.builder().maxRetries(4).build())) {
            assertThat(message(() -> client.models().list().toList()))
                    .startsWith("Anaplan answered HTTP 500: Internal Server Error (gave up after 4 retries)");
        }
        assertThat(waits).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(waits.get(i)).isBetween(Duration.ofMillis(500L << i), Duration.ofMillis(1000L << i));
        }
    }

    @Test
    void should_retry_a_dropped_connection_for_a_read() throws Exception {
        try (AnaplanSandbox sandbox = sandbox("reset=1", 0, 1); AnaplanClient client = client(sandbox,
                HttpSettings.builder().maxRetries(2).build())) {
            assertThat(message(() -> client.models().list().toList())).startsWith("service unavailable: connection to")
                    .endsWith("(gave up after 2 retries)");
        }
        assertThat(waits).hasSize(2);
    }

    @Test
    void should_retry_login_on_a_dropped_connection_as_it_only_issues_another_token() throws Exception {
        try (AnaplanSandbox sandbox = sandbox("reset=1", 0, 1); AnaplanClient client = client(sandbox,
                HttpSettings.builder().maxRetries(1).build())) {
            assertThat(message(() -> client.auth().authenticateBasic("demo@example.com", "demo".toCharArray())))
                    .endsWith("(gave up after 1 retry)");
        }
        assertThat(waits).hasSize(1);
    }

    @Test
    void should_never_retry_a_write_whose_connection_dropped_after_sending_and_say_it_may_have_been_applied()
            throws Exception {
        try (AnaplanSandbox sandbox = sandbox("reset=1", 0, 1); AnaplanClient client = client(sandbox,
                HttpSettings.DEFAULTS)) {
            assertThat(message(() -> client.auth().logout("some-token"))).startsWith(
                    "service unavailable: the connection dropped after the request was sent (")
                    .endsWith("): it may have been applied; check before re-running");
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void should_never_retry_a_write_answered_500_and_say_it_may_have_been_applied() throws Exception {
        try (AnaplanSandbox sandbox = sandbox("500=1", 0, 1); AnaplanClient client = client(sandbox,
                HttpSettings.DEFAULTS)) {
            assertThat(message(() -> client.auth().logout("some-token"))).isEqualTo("Anaplan answered HTTP 500: "
                    + "Internal Server Error (not retried: the request may have been applied; check before re-running)"
                    + " (/token/logout)");
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void should_retry_a_write_answered_503_as_the_service_did_not_process_it() throws Exception {
        try (AnaplanSandbox sandbox = sandbox("503=1", 0, 1); AnaplanClient client = client(sandbox,
                HttpSettings.builder().maxRetries(2).build())) {
            assertThat(message(() -> client.auth().logout("some-token")))
                    .isEqualTo("service unavailable: HTTP 503: Service Unavailable (gave up after 2 retries)");
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void should_time_out_a_slow_answer_and_retry_it_for_a_read() throws Exception {
        try (AnaplanSandbox sandbox = sandbox("", 1500, 1); AnaplanClient client = client(sandbox,
                HttpSettings.builder().maxRetries(1).timeouts(Duration.ofSeconds(2), Duration.ofMillis(200)).build())) {
            assertThat(message(() -> client.models().list().toList()))
                    .isEqualTo("service unavailable: no answer from " + sandbox.baseUrl().getAuthority()
                            + " in time (gave up after 1 retry)");
        }
        assertThat(waits).hasSize(1);
    }

    @Test
    void should_not_retry_a_refused_connection() {
        try (AnaplanClient client = new AnaplanClient(Endpoints.sameHost(URI.create("http://127.0.0.1:9")), token::get,
                "test", HttpSettings.DEFAULTS, waits::add)) {
            assertThat(message(() -> client.models().list().toList()))
                    .isEqualTo("service unavailable: cannot connect to 127.0.0.1:9");
        }
        assertThat(waits).isEmpty();
    }
}
