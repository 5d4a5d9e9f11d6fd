package dev.anaplanshell.render;

import java.util.Collection;
import java.util.stream.Collectors;

import dev.anaplanshell.client.model.NamedRef;
import tools.jackson.databind.JsonNode;

/** Flattens a value to text for tables and CSV: references by name, lists joined by {@code ;}, JSON compact. */
final class Cells {

    private Cells() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof NamedRef ref) {
            return ref.name() == null ? "" : ref.name();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Cells::text).collect(Collectors.joining(";"));
        }
        if (value instanceof JsonNode node) {
            return node.isMissingNode() || node.isNull() ? "" : node.toString();
        }
        return value.toString();
    }
}
