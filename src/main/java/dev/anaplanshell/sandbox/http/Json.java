package dev.anaplanshell.sandbox.http;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
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

    /** Writes one row of a streamed collection. */
    @FunctionalInterface
    public interface RowWriter<T> {
        void write(JsonGenerator g, T row);
    }

    /**
     * Writes {@code head}'s fields, then {@code key} as an array of {@code rows}, each written by {@code writer} as
     * it comes, and leaves {@code out} open: a large collection never exists as one tree.
     */
    public static <T> void writeObjectWithArray(ObjectNode head, String key, Iterator<T> rows, RowWriter<T> writer,
            OutputStream out) {
        try (JsonGenerator g = MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> field : head.properties()) {
                g.writeName(field.getKey());
                g.writeTree(field.getValue());
            }
            g.writeName(key);
            g.writeStartArray();
            while (rows.hasNext()) {
                writer.write(g, rows.next());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** {@link #putValue} for a generator: writes {@code key} and the value, or nothing for null. */
    public static void writeValue(JsonGenerator g, String key, Object value) {
        if (value != null) {
            g.writeName(key);
            writeValue(g, value);
        }
    }

    private static void writeValue(JsonGenerator g, Object value) {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            map.forEach((k, v) -> writeValue(g, String.valueOf(k), v));
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            list.stream().filter(Objects::nonNull).forEach(v -> writeValue(g, v));
            g.writeEndArray();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.longValue());
        } else {
            g.writeString(value.toString());
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
