package dev.anaplanshell.client.model;

import java.time.Instant;

/**
 * A token as the authentication service issued it, with the service's own time of the answer (its {@code Date}
 * header; null when it sent none). {@code expiresAt} is by the service's clock, so the token's lifetime is
 * {@code expiresAt - serverTime}, whatever the local clock says.
 */
public record TokenGrant(TokenInfo tokenInfo, Instant serverTime) {

    public String tokenValue() {
        return tokenInfo.tokenValue();
    }

    /** Epoch milliseconds, by the service's clock. */
    public long expiresAt() {
        return tokenInfo.expiresAt();
    }
}
