package dev.anaplanshell.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.jline.tui.table.ArrayTableModel;
import org.springframework.shell.jline.tui.table.BorderStyle;
import org.springframework.shell.jline.tui.table.TableBuilder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** The one renderer: rows and their columns as a table, RFC 4180 CSV or JSON. */
@Component
public class Renderer {

    static final int DEFAULT_WIDTH = 120;

    /** Excel reads a CSV file as UTF-8 only when it starts with a byte order mark. */
    static final char BOM = '\uFEFF';

    private final JsonMapper json = JsonMapper.builder().build();
    private final OutputSettings settings;

    public Renderer() {
        this(OutputSettings.DEFAULTS);
    }

    @Autowired
    public Renderer(OutputSettings settings) {
        this.settings = settings;
    }

    /**
     * Prints rows to the shell's writer.
     *
     * @param width the terminal width for tables, 0 when unknown
     * @return the number of rows
     */
    public <T> long print(List<Column<T>> columns, Stream<T> rows, OutputFormat format, PrintWriter out, int width) {
        try {
            long count = switch (format) {
                case TABLE -> table(columns, rows, out, width > 0 ? width : DEFAULT_WIDTH);
                case CSV -> csv(columns, rows, out, settings.excel());
                case JSON -> json(columns, rows, out);
            };
            out.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes rows as CSV to a file, atomically. */
    public <T> long exportCsv(List<Column<T>> columns, Stream<T> rows, Path file) {
        return exportCsv(columns, rows, file, false);
    }

    /** Writes rows as CSV to a file, atomically; {@code excel} (or {@code --excel} at launch) adds a BOM. */
    public <T> long exportCsv(List<Column<T>> columns, Stream<T> rows, Path file, boolean excel) {
        return AtomicFile.write(file, writer -> csv(columns, rows, writer, excel || settings.excel()));
    }

    /**
     * Writes rows that are already text cells (one per {@code header} name) as CSV to a file, atomically;
     * {@code excel} (or {@code --excel} at launch) adds a BOM.
     */
    public long exportCells(List<String> header, Stream<String[]> rows, Path file, boolean excel) {
        return AtomicFile.writeBytes(file, out -> cells(header, rows, out, excel || settings.excel()));
    }

    /** Prints a message as one line, or as {@code {"message": ...}} when the launcher asked for JSON. */
    public void message(String text, PrintWriter out) {
        if (settings.jsonMessages()) {
            out.println(json.writeValueAsString(Map.of("message", text)));
        } else {
            out.println(text);
        }
        out.flush();
    }

    private <T> long table(List<Column<T>> columns, Stream<T> rows, PrintWriter out, int width) {
        List<String[]> data = new ArrayList<>();
        data.add(columns.stream().map(Column::name).toArray(String[]::new));
        rows.forEach(row -> data.add(columns.stream().map(c -> Cells.text(c.value().apply(row)))
                .toArray(String[]::new)));
        long count = data.size() - 1L;
        if (count > 0) {
            TableBuilder builder = new TableBuilder(new ArrayTableModel(data.toArray(String[][]::new)));
            builder.addHeaderAndVerticalsBorders(BorderStyle.fancy_light);
            out.print(builder.build().render(width));
        }
        out.println("(" + count + (count == 1 ? " row)" : " rows)"));
        return count;
    }

    /**
     * CSV rows are formatted into a reused {@code StringBuilder} and handed to {@code out} one row at a time:
     * Commons CSV writes character by character, which through a (synchronised) {@code Writer} costs more than the
     * formatting itself on large exports.
     */
    private <T> long csv(List<Column<T>> columns, Stream<T> rows, Writer out, boolean bom) throws IOException {
        if (bom) {
            out.write(BOM);
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(Column::name).toArray(String[]::new))
                .get();
        long count = 0;
        StringBuilder line = new StringBuilder(1024);
        CSVPrinter printer = new CSVPrinter(line, format);
        out.append(line);
        for (Iterator<T> it = rows.iterator(); it.hasNext();) {
            T row = it.next();
            line.setLength(0);
            for (Column<T> c : columns) {
                printer.print(Cells.text(c.value().apply(row)));
            }
            printer.println();
            out.append(line);
            count++;
        }
        out.flush();
        return count;
    }

    /**
     * As {@link #csv} for rows of text cells, encoded to UTF-8 as they are formatted ({@link CsvBytes}): the
     * path of large exports, where a {@code Writer} would copy every row twice more on its way to the file.
     */
    private long cells(List<String> header, Stream<String[]> rows, OutputStream out, boolean bom) throws IOException {
        CsvBytes csv = new CsvBytes(out);
        if (bom) {
            csv.raw(String.valueOf(BOM));
        }
        csv.record(header.toArray(String[]::new));
        long count = 0;
        for (Iterator<String[]> it = rows.iterator(); it.hasNext();) {
            csv.record(it.next());
            count++;
        }
        csv.flush();
        out.flush();
        return count;
    }

    private <T> long json(List<Column<T>> columns, Stream<T> rows, PrintWriter out) {
        long count = 0;
        try (JsonGenerator g = json.writerWithDefaultPrettyPrinter().createGenerator(new NonClosing(out))) {
            g.writeStartArray();
            for (Iterator<T> it = rows.iterator(); it.hasNext();) {
                T row = it.next();
                g.writeStartObject();
                for (Column<T> c : columns) {
                    g.writeName(c.name());
                    g.writePOJO(c.value().apply(row));
                }
                g.writeEndObject();
                count++;
            }
            g.writeEndArray();
        }
        out.println();
        return count;
    }

    /** Keeps the generator from closing the shell's writer. */
    private static final class NonClosing extends Writer {
        private final Writer delegate;

        NonClosing(Writer delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            delegate.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            delegate.flush();
        }

        @Override
        public void close() throws IOException {
            delegate.flush();
        }
    }
}
