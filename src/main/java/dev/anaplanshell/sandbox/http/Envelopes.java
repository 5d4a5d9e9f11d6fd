package dev.anaplanshell.sandbox.http;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The one place that writes the Integration API's envelopes and error bodies. */
public final class Envelopes {

    private Envelopes() {
    }

    /** {@code {"meta":{"schema"},"status":{200,"Success"},key:value}} for a single resource. */
    public static ObjectNode single(SbRequest req, String objectType, String key, JsonNode value) {
        ObjectNode body = start(req, objectType);
        body.set(key, value);
        return body;
    }

    /** Just {@code meta.schema} and {@code status}: the caller adds the fields (write results and the like). */
    public static ObjectNode ok(SbRequest req, String objectType) {
        return start(req, objectType);
    }

    /** A collection that is not paged ({@code /lineItems}): all rows, no {@code meta.paging}. */
    public static ObjectNode all(SbRequest req, String objectType, String key, List<? extends JsonNode> rows) {
        ObjectNode body = start(req, objectType);
        body.putArray(key).addAll(rows);
        return body;
    }

    /**
     * {@link #all}, written to the connection row by row as each is made instead of as one tree: a model's line
     * items run to 100,000 and more, and the real service starts sending at once. Same bytes as {@link #all}.
     */
    public static <T> SbResponse.BodyWriter allStreamed(SbRequest req, String objectType, String key, List<T> items,
            Json.RowWriter<T> row) {
        ObjectNode head = start(req, objectType);
        return out -> Json.writeObjectWithArray(head, key, items.iterator(), row, out);
    }

    /** One page of a paged collection, with {@code meta.paging} and {@code next}/{@code previous} when they apply. */
    public static ObjectNode page(SbRequest req, String objectType, String key, List<? extends JsonNode> rows) {
        Paging paging = Paging.of(req);
        List<? extends JsonNode> slice = paging.slice(rows);
        ObjectNode body = start(req, objectType);
        ((ObjectNode) body.get("meta")).set("paging", paging.describe(req, slice.size(), rows.size()));
        body.putArray(key).addAll(slice);
        return body;
    }

    /** {@code {"status":{"code","message"},"path","timestamp"}}, Anaplan's generic 4xx body. */
    public static ObjectNode error(int code, String message, String path, Instant timestamp) {
        ObjectNode body = Json.object();
        body.set("status", status(code, message));
        body.put("path", path);
        body.put("timestamp", timestamp.toString());
        return body;
    }

    /** {@code {"status":"FAILURE_...","statusMessage"}}, the authentication service's error body. */
    public static ObjectNode authError(String authStatus, String message) {
        ObjectNode body = Json.object();
        body.put("status", authStatus);
        body.put("statusMessage", message);
        return body;
    }

    private static ObjectNode start(SbRequest req, String objectType) {
        ObjectNode body = Json.object();
        body.putObject("meta").put("schema", req.url("/2/0/objects/" + objectType));
        body.set("status", status(200, "Success"));
        return body;
    }

    private static ObjectNode status(int code, String message) {
        ObjectNode status = Json.object();
        status.put("code", code);
        status.put("message", message);
        return status;
    }
}
