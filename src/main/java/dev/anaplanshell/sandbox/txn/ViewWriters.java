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
        csv(grid, Long.MAX_VALUE, stream);
    }

    /** {@link #csv(Grid, OutputStream)} with at most {@code maxRows} data rows ({@code maxRows}). */
    public static void csv(Grid grid, long maxRows, OutputStream stream) throws IOException {
        try (Csv csv = new Csv(stream)) {
            gridBlock(grid, Math.min(maxRows, grid.rows()), csv);
        }
    }

    /**
     * {@code exportType=GRID_ALL_PAGES}: the grid of every page combination, one after the other, each with its page
     * line and column headers; at most {@code maxRows} data rows in all.
     */
    public static void gridAllPages(Grid grid, long maxRows, OutputStream stream) throws IOException {
        try (Csv csv = new Csv(stream)) {
            long left = maxRows;
            for (long p = 0; p < grid.pageCombinations() && left > 0; p++) {
                grid.selectPage(p);
                long rows = Math.min(left, grid.rows());
                gridBlock(grid, rows, csv);
                left -= rows;
            }
        }
    }

    private static void gridBlock(Grid grid, long rows, Csv csv) throws IOException {
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
        for (long r = 0; r < rows; r++) {
            csv.fields(grid.row(r));
            for (long c = 0; c < grid.columns(); c++) {
                csv.field(grid.cell(c));
            }
            csv.end();
        }
    }

    /** {@code exportType=TABULAR_MULTI_COLUMN}: the tabular layout of read requests over all pages, capped. */
    public static void tabularMulti(Grid grid, long maxRows, OutputStream stream) throws IOException {
        tabularPage(grid, 0, Math.min(maxRows, tabularRows(grid)), stream);
    }

    /**
     * {@code exportType=TABULAR_SINGLE_COLUMN}: one line per cell, with a column per page, row and column dimension
     * and then its value: {@code Versions,Products,Time,Line Items,Value}; at most {@code maxRows} lines.
     */
    public static void tabularSingle(Grid grid, long maxRows, OutputStream stream) throws IOException {
        try (Csv csv = new Csv(stream)) {
            for (List<Dim> dims : List.of(grid.pageDims(), grid.rowDims(), grid.columnDims())) {
                for (Dim d : dims) {
                    csv.field(d.name());
                }
            }
            csv.field("Value").end();
            long written = 0;
            List<String[]> columns = columnLabels(grid);
            for (long p = 0; p < grid.pageCombinations() && written < maxRows; p++) {
                grid.selectPage(p);
                for (long r = 0; r < grid.rows() && written < maxRows; r++) {
                    for (long c = 0; c < grid.columns() && written < maxRows; c++) {
                        csv.fields(grid.pageLabels());
                        csv.fields(grid.row(r));
                        csv.fields(columns.get((int) c));
                        csv.field(grid.cell(c)).end();
                        written++;
                    }
                }
            }
        }
    }

    /** {@code {"pages":[...],"columnCoordinates":[[...]],"rows":[{"rowCoordinates":[...],"cells":[...]}]}}. */
    public static void json(Grid grid, OutputStream stream) throws IOException {
        json(grid, Long.MAX_VALUE, stream);
    }

    /** {@link #json(Grid, OutputStream)} with at most {@code maxRows} rows. */
    public static void json(Grid grid, long maxRows, OutputStream stream) throws IOException {
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
            for (long r = 0; r < Math.min(maxRows, grid.rows()); r++) {
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
