package dev.anaplanshell.sandbox.data;

/** A list subset (109...) holding the first {@code size} items of its list, or a line-item subset (114...). */
public record SbSubsetDef(String id, String name, String listId, int size) {
}
