package dev.anaplanshell.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.session.Connection;
import dev.anaplanshell.session.Session;
import dev.anaplanshell.support.ShellHarness;
import dev.anaplanshell.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token lifecycle on one injected clock shared by the sandbox and the shell: refresh shortly before expiry,
 * a new login when the token is past expiry, and one new login plus a retry when the service answers 401.
 */
class TokenLifecycleTest {

    private final TestClock clock = new TestClock();
    @TempDir
    Path home;
    private ShellHarness shell;

    @BeforeEach
    void start() {
        shell = ShellHarness.start(home, SandboxOptions.builder().clock(clock).build(), null, clock).loggedIn();
    }

    @AfterEach
    void stop() {
        shell.close();
    }

    @Test
    void should_refresh_the_same_token_shortly_before_it_expires() {
        Connection first = connection();
        clock.advance(Duration.ofMinutes(31));

        assertThat(shell.ok("whoami -o csv")).contains("demo@example.com");

        Connection refreshed = connection();
        assertThat(refreshed.token()).isEqualTo(first.token());
        // the sandbox's tokens expire by the injected clock, its Date header says the machine's time: the shell
        // reads that as a service clock 31 minutes behind, and the refreshed token as living 31 minutes longer
        assertThat(refreshed.expiresAt()).isAfter(clock.instant().plus(Duration.ofMinutes(30)));
        clock.advance(Duration.ofMinutes(10));
        assertThat(shell.ok("workspaces list -o csv")).contains("Acme Planning");
        assertThat(connection().token()).as("still alive thanks to the refresh").isEqualTo(first.token());
    }

    @Test
    void should_not_refresh_while_the_token_is_young() {
        Connection first = connection();
        clock.advance(Duration.ofMinutes(29));

        shell.ok("whoami");

        assertThat(connection()).isEqualTo(first);
    }

    @Test
    void should_log_in_again_with_the_same_credentials_when_the_token_is_past_expiry() {
        Connection first = connection();
        clock.advance(Duration.ofMinutes(40));

        assertThat(shell.ok("whoami -o csv")).contains("demo@example.com");

        assertThat(connection().token()).isNotEqualTo(first.token());
        assertThat(connection().expiresAt()).isAfter(clock.instant());
    }

    @Test
    void should_log_in_again_once_and_retry_when_the_service_rejects_the_token() throws Exception {
        Connection first = connection();
        revokeBehindTheShellsBack(first.token());

        assertThat(shell.ok("models list -o csv")).contains("FP&A Plan");

        assertThat(connection().token()).isNotEqualTo(first.token());
    }

    @Test
    void should_keep_one_token_when_its_expiresAt_is_an_hour_behind_the_local_clock(@TempDir Path otherHome) {
        TestClock ahead = new TestClock();
        ahead.advance(Duration.ofMinutes(95));
        try (ShellHarness skewed = ShellHarness.start(otherHome, SandboxOptions.defaults(), null, ahead)) {
            skewed.loggedIn();
            Connection first = skewed.bean(Session.class).connection();
            assertThat(first.expiresAt()).as("the lifetime the service states, by the local clock")
                    .isBetween(ahead.instant().plus(Duration.ofMinutes(34)), ahead.instant().plus(Duration.ofMinutes(36)));

            for (int i = 0; i < 3; i++) {
                assertThat(skewed.ok("models list -o csv")).contains("FP&A Plan");
            }
            ahead.advance(Duration.ofMinutes(20));
            assertThat(skewed.ok("workspaces list -o csv")).contains("Acme Planning");

            assertThat(skewed.bean(Session.class).connection()).as("no new login, no refresh").isEqualTo(first);
        }
    }

    @Test
    void should_exit_3_after_logout_because_the_credentials_are_gone() {
        shell.ok("logout");
        ShellHarness.Result r = shell.run("models list");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("not logged in");
    }

    private Connection connection() {
        return shell.bean(Session.class).connection();
    }

    private void revokeBehindTheShellsBack(String token) throws Exception {
        URI logout = URI.create(shell.sandbox().baseUrl() + "/token/logout");
        HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(logout)
                .header("Authorization", "AnaplanAuthToken " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(204);
    }
}
