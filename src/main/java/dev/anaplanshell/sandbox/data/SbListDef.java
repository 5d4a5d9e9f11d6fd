package dev.anaplanshell.sandbox.data;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A list of a model and how to make its items: item {@code i} of {@code size} comes from {@code items}, so even a
 * list of millions is never held in memory until something writes to it.
 *
 * @param parent the parent hierarchy list, null for a top-level list
 * @param properties property names and formats, in order
 * @param subsets the list's subsets (ids 109...)
 * @param numbered a numbered list: names are generated ({@code #1}, {@code #2}...), codes identify items
 */
public record SbListDef(String id, String name, SbRef parent, List<Property> properties, List<SbRef> subsets,
        boolean numbered, int size, IntFunction<SbListItem> items) {

    /** A list property: name and Anaplan format ({@code TEXT}, {@code NUMBER}, {@code DATE}...). */
    public record Property(String name, String format) {

        /** Anaplan's {@code formatMetadata} for the format: every list property carries one. */
        public Map<String, Object> formatMetadata() {
            Fmt fmt = switch (format) {
                case "NUMBER" -> Fmt.DECIMAL;
                case "DATE" -> Fmt.DATE;
                case "BOOLEAN" -> Fmt.BOOLEAN;
                case "TEXT" -> Fmt.TEXT;
                default -> Fmt.NONE;
            };
            return fmt.metadata();
        }
    }

    public SbListDef {
        properties = List.copyOf(properties);
        subsets = List.copyOf(subsets);
    }
}
