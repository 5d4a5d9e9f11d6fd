package dev.anaplanshell.sandbox.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The sandbox's JSON: trees it builds itself, written in the order they were built. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** A request body as JSON, or null when it is empty or not JSON. */
    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
    }

    public static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    /** Writes a tree as it is serialised, leaving {@code out} open. */
    public static void write(JsonNode node, java.io.OutputStream out) {
        MAPPER.writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, node);
    }

    /**
     * Writes {@code head}'s fields, then {@code key} as an array of {@code rows}, each serialised as it comes, and
     * leaves {@code out} open: a large collection never exists as one tree.
     */
    public static void writeObjectWithArray(ObjectNode head, String key, java.util.Iterator<JsonNode> rows,
            java.io.OutputStream out) {
        try (tools.jackson.core.JsonGenerator g = MAPPER.writer()
                .without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out)) {
            g.writeStartObject();
            for (java.util.Map.Entry<String, JsonNode> field : head.properties()) {
                g.writeName(field.getKey());
                g.writeTree(field.getValue());
            }
            g.writeName(key);
            g.writeStartArray();
            while (rows.hasNext()) {
                g.writeTree(rows.next());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Puts a plain Java value (maps, lists, strings, numbers, booleans) under {@code key}, dropping nulls. */
    public static void putValue(ObjectNode target, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode child = target.putObject(key);
            map.forEach((k, v) -> putValue(child, String.valueOf(k), v));
        } else if (value instanceof List<?> list) {
            ArrayNode child = target.putArray(key);
            list.forEach(v -> addValue(child, v));
        } else if (value instanceof Boolean b) {
            target.put(key, b);
        } else if (value instanceof BigDecimal d) {
            target.put(key, d);
        } else if (value instanceof BigInteger i) {
            target.put(key, i);
        } else if (value instanceof Double || value instanceof Float) {
            target.put(key, ((Number) value).doubleValue());
        } else if (value instanceof Number n) {
            target.put(key, n.longValue());
        } else {
            target.put(key, value.toString());
        }
    }

    private static void addValue(ArrayNode target, Object value) {
        if (value == null) {
            return;
        }
        ObjectNode holder = object();
        putValue(holder, "v", value);
        target.add(holder.get("v"));
    }
}
