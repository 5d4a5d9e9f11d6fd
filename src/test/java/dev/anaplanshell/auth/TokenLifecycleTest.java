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
        shell = ShellHarness.start(home, SandboxOptions.defaults().withClock(clock), null, clock).loggedIn();
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
        assertThat(refreshed.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(35)).truncatedTo(
                java.time.temporal.ChronoUnit.MILLIS));
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
