package dev.anaplanshell.client;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.DimensionItem;
import dev.anaplanshell.client.model.View;
import dev.anaplanshell.client.model.ViewMetadata;

/** Views: names, axes, and their data as CSV or JSON, streamed. */
public final class Views {

    /** The most cells {@code GET .../views/{v}/data} returns; past it only a large-volume read works. */
    public static final long MAX_CELLS = 1_000_000;

    private final Transport transport;
    private final LargeReads large;

    Views(Transport transport, LargeReads large) {
        this.transport = transport;
        this.large = large;
    }

    /** {@code GET /models/{m}/views}, all pages: every module's default view and the saved views. */
    public Stream<View> list(String modelId) {
        return transport.pages("/models/" + modelId + "/views", Map.of(), "views", View.class);
    }

    /** {@code GET /models/{m}/modules/{mod}/views}. 404: no such module. */
    public Stream<View> list(String modelId, String moduleId) {
        return transport.pages("/models/" + modelId + "/modules/" + moduleId + "/views", Map.of(), "views",
                View.class);
    }

    /** {@code GET /models/{m}/views/{v}}: the dimensions on rows, columns and pages. 404: no such view. */
    public ViewMetadata metadata(String modelId, String viewId) {
        return transport.convert(transport.get("/models/" + modelId + "/views/" + viewId, Map.of()), ViewMetadata.class);
    }

    /** {@code GET /models/{m}/views/{v}/dimensions/{d}/items}: the items the view shows. */
    public Stream<DimensionItem> dimensionItems(String modelId, String viewId, String dimensionId) {
        return transport.all("/models/" + modelId + "/views/" + viewId + "/dimensions/" + dimensionId + "/items",
                Map.of(), "items", DimensionItem.class);
    }

    /** How a view's data is read. */
    public enum Format { CSV, JSON }

    /** Where the data came from: the one-call read or a large-volume read request. */
    public record Data(InputStream body, boolean large) {
    }

    /**
     * The view's data, streamed: {@code GET .../views/{v}/data} (CSV grid, or {@code format=v1} JSON) for the
     * selected pages (page dimension id to item id). When {@code large} is set, or the view is over the
     * {@value #MAX_CELLS}-cell cap (the service's 400), CSV is read through a large-volume read request instead
     * (all pages, tabular layout). Close the stream.
     */
    public Data data(String workspaceId, String modelId, String viewId, Map<String, String> pages, Format format,
            boolean large) {
        if (large) {
            return new Data(this.large.view(workspaceId, modelId, viewId), true);
        }
        Map<String, Object> query = new LinkedHashMap<>();
        if (!pages.isEmpty()) {
            query.put("pages", pages.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                    .collect(Collectors.joining(",")));
        }
        if (format == Format.JSON) {
            query.put("format", "v1");
        }
        String path = "/models/" + modelId + "/views/" + viewId + "/data";
        try {
            return new Data(transport.open("GET", path, query, format == Format.JSON ? "application/json"
                    : "text/csv", null), false);
        } catch (AnaplanApiException e) {
            if (format == Format.CSV && pages.isEmpty() && overCap(e)) {
                return new Data(this.large.view(workspaceId, modelId, viewId), true);
            }
            throw e;
        }
    }

    /** The service's 400 for a view over 1,000,000 cells. */
    static boolean overCap(AnaplanApiException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return e.status() == 400 && (message.contains("1,000,000") || message.contains("1000000")
                || message.contains("million"));
    }
}
