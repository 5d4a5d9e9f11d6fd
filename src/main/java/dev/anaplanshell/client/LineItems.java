package dev.anaplanshell.client;

import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.LineItem;

public final class LineItems {

    private final Transport transport;

    LineItems(Transport transport) {
        this.transport = transport;
    }

    /**
     * {@code GET /models/{m}/lineItems?includeAll=true}: every line item of every module the user can read, with
     * full metadata, in model order. The API does not page this call: the rows are read from the body as it arrives,
     * so close the stream (or read it to the end) to release the connection. 404: no such model.
     */
    public Stream<LineItem> list(String modelId) {
        return transport.stream("/models/" + modelId + "/lineItems", Map.of("includeAll", true), "items",
                LineItem.class);
    }

    /**
     * {@code GET /models/{m}/modules/{mod}/lineItems?includeAll=true}: the module's line items in UI order.
     * 404: no such module, or the user cannot read it.
     */
    public Stream<LineItem> list(String modelId, String moduleId) {
        return transport.stream("/models/" + modelId + "/modules/" + moduleId + "/lineItems",
                Map.of("includeAll", true), "items", LineItem.class);
    }
}
