package dev.anaplanshell.client;

import dev.anaplanshell.client.model.DeviceCode;
import dev.anaplanshell.client.model.OAuthRequest;
import dev.anaplanshell.client.model.OAuthToken;

import tools.jackson.databind.JsonNode;

/** The OAuth 2.0 service ({@code https://{region}.app.anaplan.com}): device grant and refresh tokens. */
public final class OAuthApi {

    /** {@code offline_access} is what yields a refresh token. */
    public static final String SCOPE = "openid profile email offline_access";

    private final Transport transport;

    OAuthApi(Transport transport) {
        this.transport = transport;
    }

    /**
     * {@code POST /oauth/device/code}: starts a device grant.
     *
     * @throws AnaplanApiException.OAuthError for an unknown client ({@code unauthorized_client})
     */
    public DeviceCode deviceCode(String clientId) {
        return transport.convert(transport.oauth("/oauth/device/code", OAuthRequest.deviceCode(clientId, SCOPE)),
                DeviceCode.class);
    }

    /**
     * {@code POST /oauth/token} with the device-code grant, once.
     *
     * @throws AnaplanApiException.OAuthError with {@code authorization_pending} or {@code slow_down} while the user
     *         has not approved, {@code expired_token}/{@code access_denied} when they never will
     */
    public OAuthToken pollDevice(String clientId, String deviceCode) {
        return token(transport.oauth("/oauth/token", OAuthRequest.pollDevice(clientId, deviceCode)));
    }

    /**
     * {@code POST /oauth/token} with the refresh-token grant. A rotatable client answers with a new refresh token
     * (the old one is then spent); a non-rotatable one with none or the same.
     *
     * @throws AnaplanApiException.OAuthError {@code invalid_grant} for a spent, expired or unknown refresh token
     */
    public OAuthToken refresh(String clientId, String refreshToken) {
        return token(transport.oauth("/oauth/token", OAuthRequest.refresh(clientId, refreshToken)));
    }

    /** A token answer without an access token is an unexpected answer, not a null sent as the next bearer. */
    private OAuthToken token(JsonNode answer) {
        OAuthToken token = transport.convert(answer, OAuthToken.class);
        if (token.accessToken() == null || token.accessToken().isBlank()) {
            throw transport.unexpectedAnswer("POST /oauth/token", "no access_token");
        }
        return token;
    }
}
