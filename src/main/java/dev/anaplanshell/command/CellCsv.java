package dev.anaplanshell.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.anaplanshell.client.model.CellWrite;

/**
 * Cells from a CSV: a {@code lineItem} column (name or ID), a {@code value} column, and one column per dimension
 * named by the dimension ({@code Regions}, {@code Time}, {@code Version}...), holding item names. A dimension cell
 * left empty is not sent (the line item does not have that dimension).
 */
final class CellCsv {

    private CellCsv() {
    }

    static List<CellWrite> cells(CsvInput csv) {
        int lineItem = column(csv, "lineItem", "line item", "lineitem");
        int value = column(csv, "value");
        List<CellWrite> cells = new ArrayList<>();
        for (int r = 0; r < csv.rows().size(); r++) {
            List<String> row = csv.rows().get(r);
            String li = row.get(lineItem);
            if (li.isEmpty()) {
                throw csv.bad(r, csv.header().get(lineItem), "empty");
            }
            List<CellWrite.Coordinate> coordinates = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                if (c != lineItem && c != value && !row.get(c).isEmpty()) {
                    coordinates.add(new CellWrite.Coordinate(null, csv.header().get(c), null, row.get(c), null));
                }
            }
            boolean byId = li.matches("\\d{12,13}");
            cells.add(new CellWrite(byId ? li : null, byId ? null : li, coordinates, row.get(value)));
        }
        return cells;
    }

    private static int column(CsvInput csv, String... names) {
        for (int c = 0; c < csv.header().size(); c++) {
            String h = csv.header().get(c).toLowerCase(Locale.ROOT);
            for (String n : names) {
                if (h.equals(n.toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
        }
        throw csv.bad(-1, names[0], "missing: the header needs lineItem, value and one column per dimension");
    }
}
