package dev.anaplanshell.client;

import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.Module;

public final class Modules {

    private final Transport transport;

    Modules(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /models/{m}/modules}, all pages. 404: no such model, or no access to it. */
    public Stream<Module> list(String modelId) {
        return transport.pages("/models/" + modelId + "/modules", Map.of(), "modules", Module.class);
    }
}
