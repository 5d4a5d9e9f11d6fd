package dev.anaplanshell.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.anaplanshell.client.model.ListItemWrite;
import dev.anaplanshell.client.model.ListMetadata;
import dev.anaplanshell.client.model.NamedRef;

/**
 * List items from a CSV: columns {@code id}, {@code name}, {@code code}, {@code parent}, then the list's
 * properties and subsets by name (case-insensitive). Subset cells are true/false (yes/no, 1/0); empty cells are not
 * sent. Any other column is a usage error.
 */
final class ListItemCsv {

    private ListItemCsv() {
    }

    static List<ListItemWrite> items(CsvInput csv, ListMetadata list) {
        Map<Integer, String> properties = new LinkedHashMap<>();
        Map<Integer, String> subsets = new LinkedHashMap<>();
        for (int c = 0; c < csv.header().size(); c++) {
            String column = csv.header().get(c);
            String key = column.toLowerCase(Locale.ROOT);
            if (List.of("id", "name", "code", "parent").contains(key)) {
                continue;
            }
            String property = list.properties().stream().map(ListMetadata.Property::name)
                    .filter(p -> p.equalsIgnoreCase(column)).findFirst().orElse(null);
            String subset = list.subsets().stream().map(NamedRef::name).filter(s -> s.equalsIgnoreCase(column))
                    .findFirst().orElse(null);
            if (property != null) {
                properties.put(c, property);
            } else if (subset != null) {
                subsets.put(c, subset);
            } else {
                throw csv.bad(-1, column, "not id, name, code, parent or a property or subset of list '"
                        + list.name() + "'");
            }
        }
        return java.util.stream.IntStream.range(0, csv.rows().size()).mapToObj(r -> {
            List<String> row = csv.rows().get(r);
            Map<String, String> props = new LinkedHashMap<>();
            properties.forEach((c, name) -> {
                if (!row.get(c).isEmpty()) {
                    props.put(name, row.get(c));
                }
            });
            Map<String, Boolean> subs = new LinkedHashMap<>();
            subsets.forEach((c, name) -> {
                if (!row.get(c).isEmpty()) {
                    subs.put(name, bool(csv, r, csv.header().get(c), row.get(c)));
                }
            });
            return new ListItemWrite(cell(csv, row, "id"), cell(csv, row, "name"), cell(csv, row, "code"),
                    cell(csv, row, "parent"), props, subs);
        }).toList();
    }

    private static String cell(CsvInput csv, List<String> row, String column) {
        for (int c = 0; c < csv.header().size(); c++) {
            if (csv.header().get(c).equalsIgnoreCase(column)) {
                return row.get(c).isEmpty() ? null : row.get(c);
            }
        }
        return null;
    }

    private static boolean bool(CsvInput csv, int row, String column, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y" -> true;
            case "false", "no", "0", "n" -> false;
            default -> throw csv.bad(row, column, "'" + value + "' is not true or false");
        };
    }
}
