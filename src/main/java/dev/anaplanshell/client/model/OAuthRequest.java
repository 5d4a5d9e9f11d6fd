package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A JSON body of the OAuth service ({@code /oauth/device/code}, {@code /oauth/token}); absent fields are omitted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OAuthRequest(@JsonProperty("grant_type") String grantType, @JsonProperty("client_id") String clientId,
        @JsonProperty("scope") String scope, @JsonProperty("device_code") String deviceCode,
        @JsonProperty("refresh_token") String refreshToken) {

    public static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    public static OAuthRequest deviceCode(String clientId, String scope) {
        return new OAuthRequest(null, clientId, scope, null, null);
    }

    public static OAuthRequest pollDevice(String clientId, String deviceCode) {
        return new OAuthRequest(DEVICE_GRANT, clientId, null, deviceCode, null);
    }

    public static OAuthRequest refresh(String clientId, String refreshToken) {
        return new OAuthRequest("refresh_token", clientId, null, null, refreshToken);
    }

    @Override
    public String toString() {
        return "OAuthRequest[grantType=" + grantType + ", clientId=" + clientId + ", secrets=<redacted>]";
    }
}
