package dev.anaplanshell.sandbox.data;

import java.util.ArrayList;
import java.util.List;

/** A module under construction: its default dimensionality and its line items in UI order. */
final class ModuleSpec {

    String name;
    List<SbRef> appliesTo = List.of();
    String timeScale = "Month";
    String timeRange = ModelBuilder.MODEL_CALENDAR;
    SbRef version = ModelBuilder.ALL_VERSIONS;
    final List<LineItemSpec> items = new ArrayList<>();

    ModuleSpec(String name) {
        this.name = name;
    }

    ModuleSpec dims(SbRef... refs) {
        appliesTo = List.of(refs);
        return this;
    }

    ModuleSpec time(String scale) {
        timeScale = scale;
        return this;
    }

    ModuleSpec range(String range) {
        timeRange = range;
        return this;
    }

    ModuleSpec version(SbRef ref) {
        version = ref;
        return this;
    }

    /** An input line item (no formula). */
    LineItemSpec input(String itemName, Fmt fmt) {
        return add(new LineItemSpec(itemName, fmt, null));
    }

    /** A calculated line item. */
    LineItemSpec calc(String itemName, Fmt fmt, String formula) {
        return add(new LineItemSpec(itemName, fmt, formula));
    }

    /** A section heading: format NONE, no cells. */
    LineItemSpec heading(String itemName) {
        return add(new LineItemSpec(itemName, Fmt.NONE, null)).style("Heading 1").section();
    }

    /** The line item of that name, for edits after definition (e.g. a copy with planted differences). */
    LineItemSpec item(String itemName) {
        return items.stream().filter(i -> i.name.equals(itemName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No line item '" + itemName + "' in " + name));
    }

    private LineItemSpec add(LineItemSpec item) {
        items.add(item);
        return item;
    }
}
