package dev.anaplanshell.client;

import java.util.List;
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

    /**
     * {@link #list(String)} as the text cells of {@code fields}, in that order, read from the body without making
     * records ({@link FlatRowReader}): references by name, lists joined by {@code ;}, other objects compact JSON,
     * absent values empty. For exports of large models: the body is parsed on several cores
     * ({@link ParallelArrayStreamer}) while the caller writes the rows before.
     */
    public Stream<String[]> cells(String modelId, List<String> fields) {
        return transport.streamInParallel("/models/" + modelId + "/lineItems", Map.of("includeAll", true), "items",
                () -> new FlatRowReader(fields));
    }

    /** {@link #list(String, String)} as the text cells of {@code fields}, as {@link #cells(String, List)}. */
    public Stream<String[]> cells(String modelId, String moduleId, List<String> fields) {
        return transport.streamInParallel("/models/" + modelId + "/modules/" + moduleId + "/lineItems",
                Map.of("includeAll", true), "items", () -> new FlatRowReader(fields));
    }
}
