package dev.anaplanshell.sandbox.bulk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A module dimensioned by a {@link BulkList} and months, with number line items, e.g. "SLS01 Sales Actuals" with
 * Units and Revenue. Bulk-owned, like {@link BulkList}.
 */
public final class BulkModule {

    private final String name;
    private final BulkList rows;
    private final List<String> months;
    private final List<String> lineItems;
    /** {@code code|month} to one value per line item (null when blank). */
    private final Map<String, Double[]> cells = new LinkedHashMap<>();

    BulkModule(String name, BulkList rows, List<String> months, List<String> lineItems) {
        this.name = name;
        this.rows = rows;
        this.months = List.copyOf(months);
        this.lineItems = List.copyOf(lineItems);
    }

    public String name() {
        return name;
    }

    public BulkList rows() {
        return rows;
    }

    public List<String> months() {
        return months;
    }

    public List<String> lineItems() {
        return lineItems;
    }

    public Optional<String> month(String label) {
        return months.stream().filter(m -> m.equalsIgnoreCase(label.strip())).findFirst();
    }

    public void put(String code, String month, int lineItem, double value) {
        cells.computeIfAbsent(code + "|" + month, k -> new Double[lineItems.size()])[lineItem] = value;
    }

    public Double get(String code, String month, int lineItem) {
        Double[] values = cells.get(code + "|" + month);
        return values == null ? null : values[lineItem];
    }

    /** Drops the cells of list items that no longer exist. */
    void prune() {
        cells.keySet().removeIf(k -> rows.find(k.substring(0, k.indexOf('|'))).isEmpty());
    }

    static String number(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.2f", v);
    }
}
