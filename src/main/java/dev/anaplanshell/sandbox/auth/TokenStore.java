package dev.anaplanshell.sandbox.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Every live token of the sandbox, by value. Expired tokens are as good as unknown. */
public final class TokenStore {

    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration ttl;

    public TokenStore(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    public IssuedToken issue(String userId) {
        IssuedToken token = new IssuedToken(UUID.randomUUID().toString(), newTokenValue(),
                UUID.randomUUID().toString(), userId, clock.instant().plus(ttl));
        tokens.put(token.tokenValue(), token);
        return token;
    }

    /** The live token with this value; empty when unknown, logged out or expired. */
    public Optional<IssuedToken> find(String tokenValue) {
        if (tokenValue == null) {
            return Optional.empty();
        }
        IssuedToken token = tokens.get(tokenValue);
        if (token == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(token.expiresAt())) {
            tokens.remove(tokenValue, token);
            return Optional.empty();
        }
        return Optional.of(token);
    }

    /** Same token value, a fresh lifetime; empty when the token is no longer live. */
    public Optional<IssuedToken> refresh(String tokenValue) {
        return find(tokenValue).map(token -> {
            IssuedToken refreshed = token.withExpiresAt(clock.instant().plus(ttl));
            tokens.put(tokenValue, refreshed);
            return refreshed;
        });
    }

    /** Kills the token; false when it was not live. */
    public boolean revoke(String tokenValue) {
        return find(tokenValue).isPresent() && tokens.remove(tokenValue) != null;
    }

    /** Three dot-separated standard-Base64 segments, like Anaplan's JWT-looking tokens. */
    private String newTokenValue() {
        Base64.Encoder b64 = Base64.getEncoder();
        return b64.encodeToString(bytes(16)) + "." + b64.encodeToString(bytes(64)) + "." + b64.encodeToString(bytes(32));
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
