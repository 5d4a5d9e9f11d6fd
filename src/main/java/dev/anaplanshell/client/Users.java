package dev.anaplanshell.client;

import java.util.Map;

import dev.anaplanshell.client.model.User;

public final class Users {

    private final Transport transport;

    Users(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /users/me}: the user the token belongs to. */
    public User me() {
        return transport.convert(transport.get("/users/me", Map.of()).path("user"), User.class);
    }
}
