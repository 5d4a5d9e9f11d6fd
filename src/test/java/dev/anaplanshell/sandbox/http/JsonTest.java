package dev.anaplanshell.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/** The streamed envelope writes the same bytes as the tree it replaces, one row at a time. */
class JsonTest {

    @Test
    void should_write_an_envelope_row_by_row_with_the_same_bytes_as_the_whole_tree() {
        ObjectNode head = Json.object();
        head.putObject("meta").put("schema", "http://127.0.0.1:1/2/0/objects/lineItem");
        head.putObject("status").put("code", 200).put("message", "Success");
        List<JsonNode> rows = IntStream.range(0, 3).<JsonNode>mapToObj(i -> {
            ObjectNode row = Json.object().put("id", "20600000000" + i).put("name", "Item \"" + i + "\" é");
            row.putArray("appliesTo").addObject().put("id", "1").put("name", "Products");
            row.putNull("notes");
            return row;
        }).toList();
        ObjectNode tree = head.deepCopy();
        tree.putArray("items").addAll(rows);

        List<JsonNode> served = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.writeObjectWithArray(head, "items", rows.stream().peek(served::add).iterator(),
                (g, row) -> g.writeTree(row), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(Json.bytes(tree), StandardCharsets.UTF_8));
        assertThat(served).hasSize(3);
    }

    @Test
    void should_write_plain_values_to_a_generator_as_they_are_put_into_a_tree() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("dataType", "NUMBER");
        value.put("decimalPlaces", 2);
        value.put("big", new java.math.BigDecimal("1.50"));
        value.put("ratio", 0.25);
        value.put("flag", false);
        value.put("missing", null);
        value.put("list", java.util.Arrays.asList("a", null, 3L, Map.of("k", "v")));
        ObjectNode tree = Json.object();
        Json.putValue(tree, "formatMetadata", value);
        Json.putValue(tree, "none", null);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.writeObjectWithArray(Json.object(), "items", List.of(value).iterator(), (g, row) -> {
            g.writeStartObject();
            Json.writeValue(g, "formatMetadata", row);
            Json.writeValue(g, "none", null);
            g.writeEndObject();
        }, out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"items\":[" + new String(Json.bytes(tree), StandardCharsets.UTF_8) + "]}")
                .doesNotContain("missing").doesNotContain("none").contains("\"big\":1.50");
    }

    @Test
    void should_write_an_empty_array_when_there_are_no_rows() {
        ObjectNode head = Json.object().put("a", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.writeObjectWithArray(head, "items", List.<JsonNode>of().iterator(), (g, row) -> g.writeTree(row), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"a\":1,\"items\":[]}");
    }
}
