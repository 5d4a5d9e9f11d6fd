package dev.anaplanshell.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.TokenSource;
import dev.anaplanshell.client.model.OAuthToken;
import dev.anaplanshell.client.model.TokenGrant;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.session.Connection;
import dev.anaplanshell.session.Session;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The token's lifecycle, in one place. Every Integration API call asks it for the token: shortly before expiry it
 * refreshes ({@code /token/refresh}, or the OAuth refresh-token grant), and when the service answers 401 the
 * transport asks it once to {@link #renew} — a new login with the credentials the session already has (kept in
 * memory only). A session thus never asks twice for what it already has.
 */
@Component
public class TokenKeeper implements TokenSource {

    /** Refresh this long before expiry at most; Anaplan Connect uses 5 minutes on 35-minute tokens. */
    static final Duration MAX_MARGIN = Duration.ofMinutes(5);
    /** Clocks closer than this are taken as one: the {@code Date} header has whole seconds, and answers take time. */
    static final Duration CLOCKS_AGREE = Duration.ofSeconds(30);
    /** An Anaplan token's lifetime (35 minutes, anaplan-api.md), for an answer that does not let us tell. */
    static final Duration USUAL_LIFETIME = Duration.ofMinutes(35);

    private final Session session;
    private final ObjectProvider<AnaplanClient> client;
    private final OAuthTokens store;
    private final Clock clock;
    private volatile Credentials credentials;
    private volatile Instant issuedAt = Instant.EPOCH;

    public TokenKeeper(Session session, ObjectProvider<AnaplanClient> client, OAuthTokens store,
            ObjectProvider<Clock> clock) {
        this.session = session;
        this.client = client;
        this.store = store;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A token and when it dies. */
    record Issued(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[token=<redacted>, expiresAt=" + expiresAt + "]";
        }
    }

    /** Logs in with {@code c} and keeps it for later renewals; replaces the connection. */
    public synchronized Connection login(Credentials c) {
        return start(c, authenticate(c));
    }

    /** Takes a token obtained elsewhere (the device grant) with the credentials that can renew it. */
    synchronized Connection start(Credentials c, Issued issued) {
        Credentials previous = credentials;
        if (previous != null && previous != c) {
            previous.wipe();
        }
        credentials = c;
        issuedAt = clock.instant();
        Connection connection = new Connection(c.user(), issued.token(), issued.expiresAt());
        session.connect(connection);
        return connection;
    }

    /** Whether {@code text} contains the session's token or password (so it must not be kept anywhere). */
    public boolean holdsSecretIn(String text) {
        Connection c = session.connection();
        if (c != null && text.contains(c.token())) {
            return true;
        }
        return credentials instanceof Credentials.Password p && p.appearsIn(text);
    }

    @Override
    public String token() {
        Connection c = session.requireConnection();
        if (!dueForRefresh(c)) {
            return c.token();
        }
        synchronized (this) {
            c = session.requireConnection();
            return dueForRefresh(c) ? refresh(c) : c.token();
        }
    }

    @Override
    public synchronized String renew(String rejected) {
        Connection c = session.connection();
        if (c == null) {
            return null;
        }
        if (!c.token().equals(rejected)) {
            return c.token();
        }
        Credentials cr = credentials;
        return cr == null ? null : start(cr, authenticate(cr)).token();
    }

    /** Forgets the credentials and ends the token on the service (best effort). */
    public synchronized boolean logout() {
        Connection c = session.connection();
        Credentials cr = credentials;
        credentials = null;
        if (cr != null) {
            cr.wipe();
        }
        if (cr instanceof Credentials.OAuth o) {
            store.remove(o.oauthUrl(), o.clientId());
        }
        if (c == null) {
            return cr != null;
        }
        try {
            client.getObject().auth().logout(c.token());
        } catch (AnaplanApiException e) {
            // an expired or revoked token is logged out already; the local session ends regardless
        } finally {
            session.disconnect();
        }
        return true;
    }

    private boolean dueForRefresh(Connection c) {
        Duration lifetime = Duration.between(issuedAt, c.expiresAt());
        Duration margin = lifetime.isNegative() ? Duration.ZERO : lifetime.dividedBy(4);
        if (margin.compareTo(MAX_MARGIN) > 0) {
            margin = MAX_MARGIN;
        }
        return !clock.instant().isBefore(c.expiresAt().minus(margin));
    }

    private String refresh(Connection c) {
        Credentials cr = credentials;
        boolean expired = c.expired(clock.instant());
        if (cr == null) {
            if (expired) {
                throw ShellException.auth("the session's token expired at " + c.expiresAt() + ": run 'login' again");
            }
            return c.token();
        }
        if (expired || cr instanceof Credentials.OAuth) {
            return start(cr, authenticate(cr)).token();
        }
        try {
            TokenGrant t = client.getObject().auth().refresh(c.token());
            issuedAt = clock.instant();
            session.connect(new Connection(c.user(), t.tokenValue(), localExpiry(t)));
            return t.tokenValue();
        } catch (AnaplanApiException.Unauthorized e) {
            return start(cr, authenticate(cr)).token();
        }
    }

    private Issued authenticate(Credentials c) {
        AnaplanClient api = client.getObject();
        if (c instanceof Credentials.Password p) {
            char[] password = p.password();
            try {
                return issued(api.auth().authenticateBasic(p.user(), password));
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }
        if (c instanceof Credentials.Certificate k) {
            return issued(api.auth().authenticateCertificate(CertificateSigner.header(k),
                    CertificateSigner.body(k, clock.instant())));
        }
        Credentials.OAuth o = (Credentials.OAuth) c;
        OAuthTokens.Entry entry = store.get(o.oauthUrl(), o.clientId()).orElseThrow(() -> ShellException.auth(
                "no refresh token for OAuth client " + o.clientId() + ": run 'login --oauth' again"));
        OAuthToken t = api.oauth().refresh(o.clientId(), entry.refreshToken());
        if (t.refreshToken() != null && !t.refreshToken().equals(entry.refreshToken())) {
            store.put(o.oauthUrl(), o.clientId(), new OAuthTokens.Entry(t.refreshToken(), entry.user()));
        }
        return oauthIssued(t);
    }

    Issued oauthIssued(OAuthToken t) {
        return new Issued(t.accessToken(), clock.instant().plusSeconds(t.expiresIn() > 0 ? t.expiresIn() : 2100));
    }

    Clock clock() {
        return clock;
    }

    private Issued issued(TokenGrant t) {
        return new Issued(t.tokenValue(), localExpiry(t));
    }

    /**
     * When the token dies by the local clock. {@code expiresAt} is by the service's clock: when the service's
     * {@code Date} and the local clock disagree by more than {@link #CLOCKS_AGREE}, the token lives
     * {@code expiresAt - Date} from now. Without a {@code Date}, a token that looks dead on arrival (a local clock
     * ahead of the service's) lives {@link #USUAL_LIFETIME}; a 401 still renews it once.
     */
    Instant localExpiry(TokenGrant t) {
        Instant now = clock.instant();
        Instant expiresAt = Instant.ofEpochMilli(t.expiresAt());
        if (t.serverTime() == null) {
            return expiresAt.isAfter(now) ? expiresAt : now.plus(USUAL_LIFETIME);
        }
        Duration skew = Duration.between(now, t.serverTime());
        if (skew.abs().compareTo(CLOCKS_AGREE) <= 0) {
            return expiresAt;
        }
        Duration lifetime = Duration.between(t.serverTime(), expiresAt);
        return now.plus(lifetime.isNegative() ? Duration.ZERO : lifetime);
    }
}
