package dev.anaplanshell.client;

import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.Workspace;

public final class Workspaces {

    private final Transport transport;

    Workspaces(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /workspaces?tenantDetails=true}, all pages: the workspaces the user can see, with sizes. */
    public Stream<Workspace> list() {
        return transport.pages("/workspaces", Map.of("tenantDetails", true), "workspaces", Workspace.class);
    }
}
