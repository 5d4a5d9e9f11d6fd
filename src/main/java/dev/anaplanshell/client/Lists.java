package dev.anaplanshell.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.ListItem;
import dev.anaplanshell.client.model.ListItemWrite;
import dev.anaplanshell.client.model.ListMetadata;
import dev.anaplanshell.client.model.ListWriteResult;


/** Lists of a model: names, metadata, items (streamed, switching to large-volume reads past the cap), writes. */
public final class Lists {

    /** The most items {@code GET .../items} returns; past it only a large-volume read works. */
    public static final long MAX_ITEMS = 1_000_000;
    /** The most items one add, update or delete call takes. */
    public static final int MAX_WRITE = 100_000;

    /** What a write does. */
    public enum Action { ADD, UPDATE, DELETE }

    private final Transport transport;
    private final LargeReads large;

    Lists(Transport transport, LargeReads large) {
        this.transport = transport;
        this.large = large;
    }

    /** {@code GET /models/{m}/lists}, all pages. 404: no such model. */
    public Stream<ListInfo> list(String modelId) {
        return transport.pages("/models/" + modelId + "/lists", Map.of(), "lists", ListInfo.class);
    }

    /** {@code GET /models/{m}/lists/{l}}: properties, parent, subsets, item count. 404: no such list. */
    public ListMetadata metadata(String modelId, String listId) {
        return transport.convert(transport.get("/models/" + modelId + "/lists/" + listId, Map.of()).path("metadata"),
                ListMetadata.class);
    }

    /**
     * Every item with its properties and subsets, read lazily from the response as the stream is consumed
     * ({@code GET /workspaces/{ws}/models/{m}/lists/{l}/items?includeAll=true}), or through a large-volume read
     * request when {@code large} is set or the list holds more than {@value #MAX_ITEMS} items. Close the stream.
     */
    public Stream<ListItem> items(String workspaceId, String modelId, String listId, boolean large) {
        ListMetadata metadata = metadata(modelId, listId);
        if (large || (metadata.itemCount() != null && metadata.itemCount() > MAX_ITEMS)) {
            return this.large.listItems(workspaceId, modelId, metadata);
        }
        return transport.stream("/workspaces/" + workspaceId + "/models/" + modelId + "/lists/" + listId + "/items",
                Map.of("includeAll", true), "listItems", ListItem.class);
    }

    /**
     * Adds, updates or deletes items ({@code POST ...items?action=add|delete}, {@code PUT ...items}) in calls of at
     * most {@value #MAX_WRITE} items; the results add up, failures keep their index in {@code items}.
     */
    public ListWriteResult write(Action action, String workspaceId, String modelId, String listId,
            Iterator<ListItemWrite> items) {
        String path = "/workspaces/" + workspaceId + "/models/" + modelId + "/lists/" + listId + "/items";
        ListWriteResult result = ListWriteResult.NONE;
        int offset = 0;
        while (items.hasNext()) {
            List<ListItemWrite> batch = new ArrayList<>();
            while (items.hasNext() && batch.size() < MAX_WRITE) {
                batch.add(items.next());
            }
            Map<String, Object> body = Map.of("items", batch);
            ListWriteResult one = transport.convert(switch (action) {
                case ADD -> transport.send("POST", path, Map.of("action", "add"), body);
                case DELETE -> transport.send("POST", path, Map.of("action", "delete"), body);
                case UPDATE -> transport.send("PUT", path, Map.of(), body);
            }, ListWriteResult.class);
            result = result.plus(new ListWriteResult(one.added(), one.updated(), one.ignored(), one.deleted(),
                    one.total() == 0 ? batch.size() : one.total(), one.failures()), offset);
            offset += batch.size();
        }
        return result;
    }
}
