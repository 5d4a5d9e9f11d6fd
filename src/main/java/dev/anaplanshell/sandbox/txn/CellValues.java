package dev.anaplanshell.sandbox.txn;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.sandbox.data.SbLineItem;

/**
 * Cell values for one request: a written value where there is one, else a value generated from the line item and
 * the item positions, fitting the line item's format (numbers, booleans, text, dates, periods, list items). The
 * same coordinates always give the same value.
 */
final class CellValues {

    private final ModelState state;
    private final Map<String, ListStore.Items> lists = new HashMap<>();
    private final boolean written;

    CellValues(ModelState state) {
        this.state = state;
        this.written = state.anyWrittenCells();
    }

    /**
     * @param dims the line item's dimensions ({@link ModelState#dimensions}); {@code index[k]} the position on
     *        {@code dims.get(k)}
     */
    String value(SbLineItem li, List<Dim> dims, int[] index) {
        if (written) {
            String v = state.writtenCell(key(li, dims, index));
            if (v != null) {
                return v;
            }
        }
        if (li.format().equals("NONE")) {
            return "";
        }
        long h = state.lineItemIndex(li) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        for (int i : index) {
            h = (h ^ i) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        int n = (int) ((h >>> 1) % 1_000_000);
        return generated(li, n);
    }

    static String key(SbLineItem li, List<Dim> dims, int[] index) {
        StringBuilder key = new StringBuilder(li.id());
        for (int k = 0; k < dims.size(); k++) {
            key.append(k == 0 ? ':' : ',').append(dims.get(k).item(index[k]).id());
        }
        return key.toString();
    }

    private String generated(SbLineItem li, int n) {
        switch (li.format()) {
            case "BOOLEAN":
                return n % 3 == 0 ? "true" : "false";
            case "TEXT":
                return li.name() + " " + (n % 1000);
            case "DATE":
                return LocalDate.of(2023, 1, 1).plusDays(n % 1095).toString();
            case "TIME PERIOD":
                return TimeAxis.monthLabel(YearMonth.of(TimeAxis.firstYear(state.fiscalYear()), 1).plusMonths(n % 36));
            case "LIST":
                ListStore.Items items = listItems(li);
                return items == null || items.size() == 0 ? "" : items.item().apply(n % items.size()).name();
            default:
                return number(li, n);
        }
    }

    private static String number(SbLineItem li, int n) {
        Object units = li.formatMetadata() == null ? null : li.formatMetadata().get("unitsType");
        Object places = li.formatMetadata() == null ? null : li.formatMetadata().get("decimalPlaces");
        if ("PERCENTAGE".equals(units)) {
            return Double.toString((n % 1000) / 1000.0);
        }
        int decimals = places instanceof Integer i ? i : 0;
        if (decimals <= 0) {
            return Integer.toString(n % 100_000);
        }
        return Double.toString((n % 100_000) / 100.0);
    }

    /** The items of a list-formatted line item's list, or null. */
    ListStore.Items listItems(SbLineItem li) {
        Object id = li.formatMetadata() == null ? null : li.formatMetadata().get("hierarchyEntityLongId");
        if (id == null) {
            return null;
        }
        return lists.computeIfAbsent(id.toString(),
                listId -> state.list(listId).map(ListStore::snapshot).orElse(new ListStore.Items(0, i -> null)));
    }
}
