package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code tokenInfo} of the authentication service; {@code expiresAt} is epoch milliseconds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenInfo(String tokenId, String tokenValue, long expiresAt, String refreshTokenId) {

    @Override
    public String toString() {
        return "TokenInfo[tokenId=" + tokenId + ", tokenValue=<redacted>, expiresAt=" + expiresAt + "]";
    }
}
