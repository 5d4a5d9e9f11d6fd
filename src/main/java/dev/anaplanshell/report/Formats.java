package dev.anaplanshell.report;

import java.util.Locale;

import dev.anaplanshell.client.model.LineItem;

/** A line item's format in words: {@code Number (percentage)}, {@code List: Regions}, {@code Text}. */
final class Formats {

    private Formats() {
    }

    static String describe(LineItem li) {
        String format = li.format() == null ? "" : li.format();
        String base = format.isEmpty() ? "" : format.substring(0, 1) + format.substring(1).toLowerCase(Locale.ROOT);
        if (li.formatMetadata() == null) {
            return base;
        }
        String units = li.formatMetadata().path("unitsType").asString("");
        if ("NUMBER".equals(format) && !units.isEmpty() && !"NONE".equals(units)) {
            return base + " (" + units.toLowerCase(Locale.ROOT) + ")";
        }
        String text = li.formatMetadata().path("textType").asString("");
        if ("TEXT".equals(format) && !text.isEmpty() && !"GENERAL".equals(text)) {
            return base + " (" + text.toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        }
        return base;
    }
}
