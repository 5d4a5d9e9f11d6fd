package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code POST /oauth/token}, all grants; {@code expires_in} is seconds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthToken(@JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken, @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("scope") String scope, @JsonProperty("token_type") String tokenType) {

    @Override
    public String toString() {
        return "OAuthToken[accessToken=<redacted>, refreshToken=<redacted>, expiresIn=" + expiresIn + "]";
    }
}
