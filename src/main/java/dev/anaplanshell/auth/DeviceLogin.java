package dev.anaplanshell.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.client.OAuthApi;
import dev.anaplanshell.client.model.DeviceCode;
import dev.anaplanshell.client.model.OAuthToken;
import dev.anaplanshell.core.ShellException;

/**
 * The OAuth 2.0 device grant (RFC 8628, anaplan-api.md §2.9): ask for a device code, tell the user where to approve
 * it, then poll {@code /oauth/token} every {@code interval} seconds; {@code authorization_pending} means keep
 * polling, {@code slow_down} adds 5 seconds to the interval, anything else ends the login.
 */
public final class DeviceLogin {

    /** Waits between polls; tests pass one that does not really wait. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);

    private final OAuthApi oauth;
    private final Clock clock;
    private final Pause pause;

    public DeviceLogin(OAuthApi oauth, Clock clock, Pause pause) {
        this.oauth = oauth;
        this.clock = clock;
        this.pause = pause;
    }

    /** @param tell receives the lines to show the user: where to go and which code to enter */
    public OAuthToken login(String clientId, Consumer<String> tell) {
        DeviceCode code = oauth.deviceCode(clientId);
        tell.accept("To log in, open " + code.verificationUri() + " and enter the code " + code.userCode());
        if (code.verificationUriComplete() != null) {
            tell.accept("(or open " + code.verificationUriComplete() + ")");
        }
        tell.accept("Waiting for approval...");
        Duration interval = Duration.ofSeconds(Math.max(1, code.interval()));
        Instant deadline = clock.instant().plusSeconds(code.expiresIn() > 0 ? code.expiresIn() : 900);
        while (true) {
            try {
                return oauth.pollDevice(clientId, code.deviceCode());
            } catch (AnaplanApiException.OAuthError e) {
                switch (e.error()) {
                    case "authorization_pending" -> { }
                    case "slow_down" -> interval = interval.plus(SLOW_DOWN_STEP);
                    case "expired_token" -> throw ShellException.auth("the device code expired before it was approved:"
                            + " run 'login --oauth' again");
                    case "access_denied" -> throw ShellException.auth("the login was denied");
                    default -> throw e;
                }
            }
            if (!clock.instant().plus(interval).isBefore(deadline)) {
                throw ShellException.auth("the device code expired before it was approved: run 'login --oauth' again");
            }
            try {
                pause.pause(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShellException(dev.anaplanshell.core.ExitCodes.INTERRUPTED, "interrupted");
            }
        }
    }
}
