package dev.anaplanshell.session;

import java.util.concurrent.atomic.AtomicReference;

import dev.anaplanshell.core.ShellException;

import org.springframework.stereotype.Component;

/**
 * The state of one shell session: the connection (user and token) and the current workspace and model.
 * Commands and completion read it; {@code login}, {@code logout} and {@code use-*} swap it. The token's lifecycle
 * (refresh before expiry, a new login on a 401) is {@code auth.TokenKeeper}'s: an expired token is not an error
 * here as long as the session can renew it.
 */
@Component
public class Session {

    private final AtomicReference<Connection> connection = new AtomicReference<>();
    private final AtomicReference<Place> place = new AtomicReference<>(Place.NOWHERE);

    /** The connection; only "not logged in" is an error (exit 3). */
    public Connection requireConnection() {
        Connection c = connection.get();
        if (c == null) {
            throw ShellException.auth("not logged in: run 'login' first");
        }
        return c;
    }

    public Connection connection() {
        return connection.get();
    }

    public boolean loggedIn() {
        return connection.get() != null;
    }

    public void connect(Connection c) {
        connection.set(c);
    }

    public void disconnect() {
        connection.set(null);
        place.set(Place.NOWHERE);
    }

    public Place place() {
        return place.get();
    }

    public void moveTo(Place newPlace) {
        place.set(newPlace);
    }

    public Place.Named requireWorkspace() {
        Place.Named ws = place.get().workspace();
        if (ws == null) {
            throw ShellException.usage("no workspace selected: run 'use-workspace NAME' or 'use-model NAME'");
        }
        return ws;
    }

    public Place.Named requireModel() {
        Place.Named model = place.get().model();
        if (model == null) {
            throw ShellException.usage("no model selected: run 'use-model NAME' first");
        }
        return model;
    }
}
