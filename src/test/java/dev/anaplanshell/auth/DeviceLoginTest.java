package dev.anaplanshell.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.client.Sleeper;
import dev.anaplanshell.client.model.OAuthToken;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.sandbox.auth.OAuthEndpoints;
import dev.anaplanshell.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The device grant's polling against the sandbox, on an injected clock: the pauses it takes are recorded (and move
 * the clock) instead of being slept, and the "user" approves through the URL the login printed.
 */
class DeviceLoginTest {

    private static final Pattern APPROVE = Pattern.compile("(http://\\S+/oauth/approve\\?user_code=\\S+)\\)");

    private final TestClock clock = new TestClock();
    private final List<String> told = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private AnaplanSandbox sandbox;
    private AnaplanClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = AnaplanSandbox.start(SandboxOptions.builder().clock(clock).build());
        // the device grant polls up to 180 times: no client-side rate limit (RateLimiterTest covers it)
        client = new AnaplanClient(Endpoints.sameHost(sandbox.baseUrl()), () -> "unused", "test",
                HttpSettings.builder().requestsPerMinute(0).build(), Sleeper.REAL);
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void should_poll_every_interval_while_pending_and_return_tokens_once_approved() throws Exception {
        OAuthToken token = login(OAuthEndpoints.ROTATING_CLIENT, pause -> {
            clock.advance(pause);
            if (pauses.size() == 2) {
                approve();
            }
        });

        assertThat(pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
        assertThat(told.get(0)).startsWith("To log in, open " + sandbox.baseUrl() + "/oauth/approve and enter the code ");
        assertThat(token.refreshToken()).isNotBlank();
        assertThat(get("/2/0/users/me", token.accessToken()).body()).contains("demo@example.com");
    }

    @Test
    void should_wait_five_seconds_longer_after_slow_down() throws Exception {
        OAuthToken token = login(OAuthEndpoints.ROTATING_CLIENT, pause -> {
            if (pauses.size() > 1) {
                clock.advance(pause);
            }
            if (pauses.size() == 3) {
                approve();
            }
        });

        assertThat(pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertThat(token.accessToken()).isNotBlank();
    }

    @Test
    void should_give_up_with_exit_3_when_the_code_expires_unapproved() {
        assertThatThrownBy(() -> login(OAuthEndpoints.ROTATING_CLIENT, clock::advance))
                .isInstanceOfSatisfying(ShellException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
                .hasMessageContaining("expired");
        assertThat(pauses).hasSizeLessThanOrEqualTo(900 / 5);
    }

    @Test
    void should_fail_for_an_unknown_client() {
        assertThatThrownBy(() -> login("0123456789abcdef0123456789abcdef", clock::advance))
                .isInstanceOfSatisfying(AnaplanApiException.OAuthError.class,
                        e -> assertThat(e.error()).isEqualTo("unauthorized_client"));
    }

    private OAuthToken login(String clientId, DeviceLogin.Pause then) {
        return new DeviceLogin(client.oauth(), clock, pause -> {
            pauses.add(pause);
            then.pause(pause);
        }).login(clientId, told::add);
    }

    private void approve() {
        Matcher m = APPROVE.matcher(String.join("\n", told));
        assertThat(m.find()).as(told.toString()).isTrue();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Authorization", "AnaplanAuthToken " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
