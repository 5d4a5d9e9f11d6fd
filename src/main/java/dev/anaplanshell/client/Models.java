package dev.anaplanshell.client;

import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.Model;

public final class Models {

    private final Transport transport;

    Models(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /models?modelDetails=true}, all pages: every model the user can open, in any workspace. */
    public Stream<Model> list() {
        return transport.pages("/models", Map.of("modelDetails", true), "models", Model.class);
    }

    /**
     * {@code GET /workspaces/{ws}/models?modelDetails=true}, all pages; a model the answer gives without a
     * workspace id is in {@code workspaceId}. 404: no such workspace.
     */
    public Stream<Model> list(String workspaceId) {
        return transport.pages("/workspaces/" + workspaceId + "/models", Map.of("modelDetails", true), "models",
                Model.class).map(m -> m.inWorkspace(workspaceId, null));
    }

    /** {@code GET /models/{id}?modelDetails=true}. 404: no such model, or not visible to the user. */
    public Model get(String modelId) {
        return transport.convert(transport.get("/models/" + modelId, Map.of("modelDetails", true)).path("model"),
                Model.class);
    }
}
