package dev.anaplanshell.client;

import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.DimensionItem;

/** Dimensions and their items: of the model, and of a line item. */
public final class Dimensions {

    private final Transport transport;

    Dimensions(Transport transport) {
        this.transport = transport;
    }

    /**
     * {@code GET /models/{m}/dimensions/{d}/items}: every item of a list, list subset, line-item subset, Versions or
     * Users (Time is a 400 at model level: use a line item's or view's dimension). 404: no such dimension.
     */
    public Stream<DimensionItem> items(String modelId, String dimensionId) {
        return transport.all("/models/" + modelId + "/dimensions/" + dimensionId + "/items", Map.of(), "items",
                DimensionItem.class);
    }

    /** {@code GET /models/{m}/lineItems/{li}/dimensions}: the dimensions the line item applies to. */
    public Stream<DimensionItem> ofLineItem(String modelId, String lineItemId) {
        return transport.all("/models/" + modelId + "/lineItems/" + lineItemId + "/dimensions", Map.of(), "dimensions",
                DimensionItem.class);
    }
}
