package dev.anaplanshell.auth;

import java.time.Instant;
import java.util.Arrays;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.TokenInfo;
import dev.anaplanshell.session.Catalog;
import dev.anaplanshell.session.Connection;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.stereotype.Component;

/** Logs the session in and out. Passwords are wiped from memory once sent and are never kept. */
@Component
public class Authenticator {

    private final AnaplanClient client;
    private final Session session;
    private final Catalog catalog;

    public Authenticator(AnaplanClient client, Session session, Catalog catalog) {
        this.client = client;
        this.session = session;
        this.catalog = catalog;
    }

    /** Basic authentication; replaces any current connection and forgets the current workspace and model. */
    public Connection loginBasic(String user, char[] password) {
        try {
            TokenInfo token = client.auth().authenticateBasic(user, password);
            Connection connection = new Connection(user, token.tokenValue(), Instant.ofEpochMilli(token.expiresAt()));
            session.connect(connection);
            session.moveTo(Place.NOWHERE);
            catalog.invalidate();
            return connection;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Ends the token on the service (best effort) and forgets the connection. */
    public boolean logout() {
        Connection connection = session.connection();
        if (connection == null) {
            return false;
        }
        try {
            client.auth().logout(connection.token());
        } catch (AnaplanApiException e) {
            // an expired or revoked token is logged out already; the local session ends regardless
        } finally {
            session.disconnect();
            catalog.invalidate();
        }
        return true;
    }
}
