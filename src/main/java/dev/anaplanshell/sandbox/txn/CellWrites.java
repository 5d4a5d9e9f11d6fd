package dev.anaplanshell.sandbox.txn;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.anaplanshell.sandbox.data.SbLineItem;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST .../modules/{moduleId}/data} (anaplan-api.md §5.8): each cell is checked and either written or
 * reported as a failure with Anaplan's {@code failureType}; the others still count.
 */
public final class CellWrites {

    /** What the call did. */
    public record Result(int changed, List<ListStore.Failure> failures) {
    }

    private record Write(String key, String value) {
    }

    private CellWrites() {
    }

    public static Result write(ModelState state, String moduleId, JsonNode cells) {
        List<SbLineItem> items = state.lineItems(moduleId);
        CellValues values = new CellValues(state);
        List<ListStore.Failure> failures = new ArrayList<>();
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Object outcome = check(state, values, items, cells.get(i));
            if (outcome instanceof String[] failure) {
                failures.add(new ListStore.Failure(i, failure[0], failure[1]));
            } else {
                writes.add((Write) outcome);
            }
        }
        writes.forEach(w -> state.writeCell(w.key(), w.value()));
        return new Result(writes.size(), failures);
    }

    private static Object check(ModelState state, CellValues values, List<SbLineItem> items, JsonNode cell) {
        if (!cell.isObject()) {
            return fail("missingRequiredField", "a cell must be an object");
        }
        JsonNode value = cell.get("value");
        if (value == null || value.isNull()) {
            return fail("missingRequiredField", "value is required");
        }
        if (!value.isValueNode()) {
            return fail("unsupportedValueType", "value must be a string, number or boolean");
        }
        String liId = text(cell, "lineItemId");
        String liName = text(cell, "lineItemName");
        if (liId == null && liName == null) {
            return fail("missingRequiredField", "lineItemId or lineItemName is required");
        }
        SbLineItem li = items.stream().filter(l -> liId != null ? l.id().equals(liId) : l.name().equalsIgnoreCase(liName))
                .findFirst().orElse(null);
        if (li == null) {
            return fail("invalidLineItem", "line item " + (liId != null ? liId : "'" + liName + "'")
                    + " is not in this module");
        }
        List<Dim> dims = state.dimensions(li);
        int[] index = new int[dims.size()];
        JsonNode given = cell.path("dimensions");
        boolean[] used = new boolean[given.size()];
        for (int k = 0; k < dims.size(); k++) {
            Dim dim = dims.get(k);
            int found = -1;
            for (int g = 0; g < given.size(); g++) {
                JsonNode d = given.get(g);
                String dimId = text(d, "dimensionId");
                String dimName = text(d, "dimensionName");
                if (dim.id().equals(dimId) || (dimId == null && dimName != null && matchesName(dim, dimName))) {
                    found = g;
                }
            }
            if (found < 0) {
                return fail("cellIsInvalid", "no item given for dimension '" + dim.name() + "'");
            }
            used[found] = true;
            JsonNode d = given.get(found);
            String itemId = text(d, "itemId");
            String itemName = text(d, "itemName");
            String itemCode = text(d, "itemCode");
            int at = itemId != null ? dim.indexOfId(itemId) : itemName != null ? dim.indexOfName(itemName)
                    : itemCode != null ? dim.indexOfCode(itemCode) : -2;
            if (at == -2) {
                return fail("missingRequiredField", "itemId, itemName or itemCode is required");
            }
            if (at < 0) {
                return fail("invalidItem", "no item " + (itemId != null ? itemId : "'"
                        + (itemName != null ? itemName : itemCode) + "'") + " in '" + dim.name() + "'");
            }
            index[k] = at;
        }
        for (int g = 0; g < used.length; g++) {
            if (!used[g]) {
                return fail("invalidDimension", "dimension " + given.get(g) + " does not apply to '" + li.name() + "'");
            }
        }
        if (li.formula() != null) {
            return fail("cellIsCalculated", "the cell is a calculated/aggregate cell and is not writeable");
        }
        String v = value.asString();
        String problem = switch (li.format()) {
            case "NONE" -> "cellIsNotWriteable";
            case "NUMBER" -> isNumber(v) ? null : "valueDataTypeMismatch";
            case "BOOLEAN" -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? null : "valueDataTypeMismatch";
            case "DATE" -> isDate(v) ? null : "invalidDateValue";
            case "TIME PERIOD" -> TimeAxis.dimension(state.fiscalYear(), "Month").indexOfName(v) >= 0
                    || TimeAxis.dimension(state.fiscalYear(), "Quarter").indexOfName(v) >= 0
                    || TimeAxis.dimension(state.fiscalYear(), "Year").indexOfName(v) >= 0 ? null : "invalidTimeScaleValue";
            case "LIST" -> isListItem(values, li, v) ? null : "invalidListItemValue";
            default -> null;
        };
        if (problem != null) {
            return fail(problem, "'" + v + "' does not fit the " + li.format() + " line item '" + li.name() + "'");
        }
        String stored = li.format().equals("BOOLEAN") ? v.toLowerCase(Locale.ROOT) : v;
        return new Write(CellValues.key(li, dims, index), stored);
    }

    private static boolean matchesName(Dim dim, String name) {
        return dim.name().equalsIgnoreCase(name)
                || (dim.id().equals(ModelState.VERSIONS_ID) && name.equalsIgnoreCase("Version"));
    }

    private static boolean isListItem(CellValues values, SbLineItem li, String v) {
        ListStore.Items items = values.listItems(li);
        if (items == null || v.isEmpty()) {
            return true;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.item().apply(i).name().equalsIgnoreCase(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String v) {
        try {
            Double.parseDouble(v.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return v.isEmpty();
        }
    }

    private static String[] fail(String type, String details) {
        return new String[] {type, details};
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
