package dev.anaplanshell.client;

import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.Action;

/** Model actions (deletes, sorts...). Run them through {@link Tasks}. */
public final class Actions {

    private final Transport transport;

    Actions(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET …/actions}, all pages. 404: no such model. */
    public Stream<Action> list(ModelPath model) {
        return transport.pages(model.of("/actions"), Map.of(), "actions", Action.class);
    }
}
