package dev.anaplanshell.sandbox.auth;

import java.time.Instant;

/** A token the sandbox handed out, and whose it is. */
public record IssuedToken(String tokenId, String tokenValue, String refreshTokenId, String userId, Instant expiresAt) {

    IssuedToken withExpiresAt(Instant newExpiry) {
        return new IssuedToken(tokenId, tokenValue, refreshTokenId, userId, newExpiry);
    }
}
