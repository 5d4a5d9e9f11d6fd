package dev.anaplanshell.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.sandbox.auth.OAuthEndpoints;
import dev.anaplanshell.support.ShellHarness;
import dev.anaplanshell.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code login --oauth} in the shell: the device grant once, then the stored refresh token (rotated or not) so the
 * next session logs in without a browser; the lifecycle renews through it; {@code logout} forgets it.
 */
class OAuthLoginTest {

    private static final Pattern APPROVE = Pattern.compile("(http://\\S+/oauth/approve\\?user_code=[A-Z-]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestClock clock = new TestClock();
    private final AtomicInteger pauses = new AtomicInteger();
    private final StringWriter out = new StringWriter();
    @TempDir
    Path home;
    private AnaplanSandbox sandbox;

    /** The "user": on the first pause, opens the approval URL the login printed. */
    private final DeviceLogin.Pause user = duration -> {
        if (pauses.incrementAndGet() == 1) {
            Matcher m = APPROVE.matcher(out.toString());
            assertThat(m.find()).as(out.toString()).isTrue();
            try {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1))).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        clock.advance(duration);
    };

    @BeforeEach
    void start() throws Exception {
        sandbox = AnaplanSandbox.start(SandboxOptions.builder().clock(clock).build());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void should_log_in_by_device_grant_once_and_by_the_stored_refresh_token_next_time() throws Exception {
        String firstRefresh;
        try (ShellHarness first = ShellHarness.attach(sandbox, home, null, clock, user)) {
            ShellHarness.Result login = first.run("login --oauth --client-id " + OAuthEndpoints.ROTATING_CLIENT, "", out);

            assertThat(login.exitCode()).as(login.err()).isZero();
            assertThat(login.out()).contains("/oauth/approve and enter the code ")
                    .contains("Logged in as demo@example.com");
            assertThat(pauses).hasValue(1);
            assertThat(first.ok("whoami -o csv")).contains("demo@example.com");
            firstRefresh = storedRefreshToken();
            assertThat(Files.getPosixFilePermissions(home.resolve("oauth-tokens.json")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        try (ShellHarness next = ShellHarness.attach(sandbox, home, null, clock, user)) {
            ShellHarness.Result login = next.run("login --oauth --client-id " + OAuthEndpoints.ROTATING_CLIENT);

            assertThat(login.exitCode()).as(login.err()).isZero();
            assertThat(login.out()).doesNotContain("/oauth/approve").contains("Logged in as demo@example.com");
            assertThat(pauses).as("no second approval").hasValue(1);
            String rotated = storedRefreshToken();
            assertThat(rotated).isNotEqualTo(firstRefresh);

            clock.advance(Duration.ofMinutes(40));
            assertThat(next.ok("models list -o csv")).contains("FP&A Plan");
            assertThat(storedRefreshToken()).as("renewed through the refresh grant, rotated again").isNotEqualTo(rotated);
        }
    }

    @Test
    void should_keep_a_non_rotating_refresh_token() throws Exception {
        try (ShellHarness shell = ShellHarness.attach(sandbox, home, null, clock, user)) {
            shell.run("login --oauth --client-id " + OAuthEndpoints.STATIC_CLIENT, "", out);
            String stored = storedRefreshToken();
            shell.ok("login --oauth --client-id " + OAuthEndpoints.STATIC_CLIENT);

            assertThat(storedRefreshToken()).isEqualTo(stored);
        }
    }

    @Test
    void should_forget_the_refresh_token_and_end_the_access_token_on_logout() throws Exception {
        try (ShellHarness shell = ShellHarness.attach(sandbox, home, null, clock, user)) {
            shell.run("login --oauth --client-id " + OAuthEndpoints.ROTATING_CLIENT, "", out);
            String access = shell.bean(dev.anaplanshell.session.Session.class).connection().token();

            assertThat(shell.ok("logout")).contains("Logged out");

            assertThat(Files.readString(home.resolve("oauth-tokens.json"))).doesNotContain("refreshToken");
            HttpResponse<Void> validate = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(sandbox.baseUrl() + "/token/validate")).header("Authorization", "AnaplanAuthToken " + access)
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(validate.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void should_fall_back_to_the_device_grant_when_the_stored_token_is_refused() throws Exception {
        Files.writeString(home.resolve("oauth-tokens.json"), "{\"" + sandbox.baseUrl() + " "
                + OAuthEndpoints.ROTATING_CLIENT + "\":{\"refreshToken\":\"spent\",\"user\":\"demo@example.com\"}}");
        try (ShellHarness shell = ShellHarness.attach(sandbox, home, null, clock, user)) {
            ShellHarness.Result login = shell.run("login --oauth --client-id " + OAuthEndpoints.ROTATING_CLIENT, "", out);

            assertThat(login.exitCode()).as(login.err()).isZero();
            assertThat(login.out()).contains("refused (invalid_grant)").contains("Logged in as demo@example.com");
            assertThat(storedRefreshToken()).isNotEqualTo("spent");
        }
    }

    @Test
    void should_exit_3_for_an_unknown_client() {
        try (ShellHarness shell = ShellHarness.attach(sandbox, home, null, clock, user)) {
            ShellHarness.Result login = shell.run("login --oauth --client-id 0123456789abcdef0123456789abcdef");

            assertThat(login.exitCode()).isEqualTo(3);
            assertThat(login.err()).startsWith("error: OAuth login failed: unauthorized_client");
        }
    }

    private String storedRefreshToken() throws Exception {
        JsonNode store = JSON.readTree(home.resolve("oauth-tokens.json").toFile());
        return store.values().iterator().next().path("refreshToken").asString();
    }
}
