package dev.anaplanshell.session;

import java.time.Instant;

/**
 * A logged-in connection: who, and the token the services gave. Immutable; {@code login} swaps it.
 * {@link #toString()} never shows the token.
 */
public record Connection(String user, String token, Instant expiresAt) {

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "Connection[user=" + user + ", token=<redacted>, expiresAt=" + expiresAt + "]";
    }
}
