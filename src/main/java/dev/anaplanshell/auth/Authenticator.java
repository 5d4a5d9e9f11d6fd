package dev.anaplanshell.auth;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.OAuthToken;
import dev.anaplanshell.session.Catalog;
import dev.anaplanshell.session.Connection;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Logs the session in (password, CA certificate, OAuth device grant) and out. What a login needs to be repeated is
 * kept by {@link TokenKeeper} in memory; passwords and keys are never written anywhere.
 */
@Component
public class Authenticator {

    private final AnaplanClient client;
    private final Session session;
    private final Catalog catalog;
    private final TokenKeeper keeper;
    private final OAuthTokens store;
    private final DeviceLogin.Pause pause;

    public Authenticator(AnaplanClient client, Session session, Catalog catalog, TokenKeeper keeper,
            OAuthTokens store, ObjectProvider<DeviceLogin.Pause> pause) {
        this.client = client;
        this.session = session;
        this.catalog = catalog;
        this.keeper = keeper;
        this.store = store;
        this.pause = pause.getIfAvailable(() -> d -> Thread.sleep(d.toMillis()));
    }

    /** Basic authentication; the caller's array is wiped, a copy stays in memory for re-authentication. */
    public Connection loginBasic(String user, char[] password) {
        try {
            return fresh(keeper.login(new Credentials.Password(user, password)));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** CA-certificate authentication (v1 or v2 payload, as the credentials say). */
    public Connection loginCertificate(Credentials.Certificate certificate) {
        return fresh(keeper.login(certificate));
    }

    /**
     * OAuth: with a stored refresh token for this host and client, no browser is needed; otherwise (or when the
     * stored token is spent) the device grant runs and {@code tell} shows where to approve it.
     */
    public Connection loginOAuth(String clientId, Consumer<String> tell) {
        URI oauthUrl = client.endpoints().oauthUrl();
        Optional<OAuthTokens.Entry> stored = store.get(oauthUrl, clientId);
        if (stored.isPresent()) {
            try {
                return fresh(keeper.login(new Credentials.OAuth(oauthUrl, clientId, stored.get().user())));
            } catch (AnaplanApiException.OAuthError e) {
                store.remove(oauthUrl, clientId);
                tell.accept("The stored refresh token was refused (" + e.error() + "): approve this device again.");
            }
        }
        OAuthToken token = new DeviceLogin(client.oauth(), keeper.clock(), pause).login(clientId, tell);
        store.put(oauthUrl, clientId, new OAuthTokens.Entry(token.refreshToken(), null));
        keeper.start(new Credentials.OAuth(oauthUrl, clientId, "OAuth client " + clientId), keeper.oauthIssued(token));
        dev.anaplanshell.client.model.User me = client.users().me();
        String user = me.email() != null ? me.email() : me.id();
        store.put(oauthUrl, clientId, new OAuthTokens.Entry(
                store.get(oauthUrl, clientId).map(OAuthTokens.Entry::refreshToken).orElse(token.refreshToken()), user));
        keeper.start(new Credentials.OAuth(oauthUrl, clientId, user),
                new TokenKeeper.Issued(session.connection().token(), session.connection().expiresAt()));
        return fresh(session.connection());
    }

    /** Ends the token on the service (best effort), forgets credentials and any stored OAuth refresh token. */
    public boolean logout() {
        try {
            return keeper.logout();
        } finally {
            session.disconnect();
            catalog.invalidate();
        }
    }

    private Connection fresh(Connection connection) {
        session.moveTo(Place.NOWHERE);
        catalog.invalidate();
        return connection;
    }
}
