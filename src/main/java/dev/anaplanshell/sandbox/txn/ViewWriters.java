package dev.anaplanshell.sandbox.txn;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** View data as the real service writes it: the CSV grid, {@code format=v1} JSON, and tabular read-request pages. */
public final class ViewWriters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ViewWriters() {
    }

    /**
     * The grid of the selected page: a line of page items (when there are page dimensions), one header line per
     * column dimension, then one line per row with a leading column per row dimension.
     */
    public static void csv(Grid grid, OutputStream stream) throws IOException {
        try (Csv csv = new Csv(stream)) {
            if (!grid.pageDims().isEmpty()) {
                csv.fields(grid.pageLabels()).end();
            }
            List<String[]> columns = columnLabels(grid);
            for (int d = 0; d < grid.columnDims().size(); d++) {
                for (int i = 0; i < grid.rowDims().size(); i++) {
                    csv.field("");
                }
                for (String[] column : columns) {
                    csv.field(column[d]);
                }
                csv.end();
            }
            for (long r = 0; r < grid.rows(); r++) {
                csv.fields(grid.row(r));
                for (long c = 0; c < grid.columns(); c++) {
                    csv.field(grid.cell(c));
                }
                csv.end();
            }
        }
    }

    /** {@code {"pages":[...],"columnCoordinates":[[...]],"rows":[{"rowCoordinates":[...],"cells":[...]}]}}. */
    public static void json(Grid grid, OutputStream stream) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(stream)) {
            g.writeStartObject();
            g.writeName("pages");
            g.writeStartArray();
            for (String page : grid.pageLabels()) {
                g.writeString(page);
            }
            g.writeEndArray();
            g.writeName("columnCoordinates");
            g.writeStartArray();
            for (String[] column : columnLabels(grid)) {
                g.writeStartArray();
                for (String label : column) {
                    g.writeString(label);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeName("rows");
            g.writeStartArray();
            for (long r = 0; r < grid.rows(); r++) {
                g.writeStartObject();
                g.writeName("rowCoordinates");
                g.writeStartArray();
                for (String label : grid.row(r)) {
                    g.writeString(label);
                }
                g.writeEndArray();
                g.writeName("cells");
                g.writeStartArray();
                for (long c = 0; c < grid.columns(); c++) {
                    g.writeString(grid.cell(c));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * One page of a tabular read: a header (page and row dimension names, then one column per column of the
     * grid) and rows {@code from} to {@code to} of all page combinations one after the other.
     */
    public static void tabularPage(Grid grid, long from, long to, OutputStream stream) throws IOException {
        try (Csv csv = new Csv(stream)) {
            grid.pageDims().forEach(d -> field(csv, d.name()));
            grid.rowDims().forEach(d -> field(csv, d.name()));
            for (String[] column : columnLabels(grid)) {
                csv.field(column.length == 0 ? "Value" : String.join(" ", column));
            }
            csv.end();
            long perPage = Math.max(1, grid.rows());
            for (long t = from; t < to; t++) {
                grid.selectPage(t / perPage);
                csv.fields(grid.pageLabels());
                csv.fields(grid.row(t % perPage));
                for (long c = 0; c < grid.columns(); c++) {
                    csv.field(grid.cell(c));
                }
                csv.end();
            }
        }
    }

    /** Rows of a tabular read: every row of every page combination. */
    public static long tabularRows(Grid grid) {
        return grid.pageCombinations() * grid.rows();
    }

    private static List<String[]> columnLabels(Grid grid) {
        List<String[]> labels = new ArrayList<>();
        for (long c = 0; c < grid.columns(); c++) {
            labels.add(grid.column(c));
        }
        return labels;
    }

    private static void field(Csv csv, String value) {
        try {
            csv.field(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
