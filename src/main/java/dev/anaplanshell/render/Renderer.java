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

import dev.anaplanshell.core.AtomicFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The one renderer: rows and their columns as a table, RFC 4180 CSV or JSON. */
@Component
public class Renderer {

    /** Excel reads a CSV file as UTF-8 only when it starts with a byte order mark. */
    static final char BOM = '\uFEFF';

    /** JSON escapes C0 controls itself; these escapes add DEL, C1 and the bidirectional controls (lossless). */
    private final JsonMapper json = JsonMapper.builder(JsonFactory.builder().characterEscapes(new SafeEscapes()).build())
            .build();
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
     * @param width the terminal width for tables, 0 for no limit (not a terminal): nothing is wrapped
     * @return the number of rows
     */
    public <T> long print(List<Column<T>> columns, Stream<T> rows, OutputFormat format, PrintWriter out, int width) {
        return print(columns, rows, format, out, width, false);
    }

    /**
     * Prints rows; with {@code terminal} CSV cells are shown with their control characters escaped, as table cells
     * always are (JSON escapes them itself).
     */
    public <T> long print(List<Column<T>> columns, Stream<T> rows, OutputFormat format, PrintWriter out, int width,
            boolean terminal) {
        try {
            long count = switch (format) {
                case TABLE -> table(columns, rows, out, width);
                case CSV -> csv(columns, rows, out, settings.excel(), settings.csvGuard(false, false), terminal);
                case JSON -> json(columns, rows, out);
            };
            out.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes rows that are already text cells (one per {@code header} name) as CSV to a file, atomically;
     * {@code excel} (or {@code --excel} at launch) adds a BOM.
     */
    public long exportCells(List<String> header, Stream<String[]> rows, Path file, boolean excel) {
        return exportCells(header, rows, file, excel, false);
    }

    /** As {@link #exportCells(List, Stream, Path, boolean)}; {@code csvSafe} turns the CSV injection guard on. */
    public long exportCells(List<String> header, Stream<String[]> rows, Path file, boolean excel, boolean csvSafe) {
        boolean guard = settings.csvGuard(excel, csvSafe);
        return AtomicFile.writeBytes(file, out -> cells(header, rows, out, excel || settings.excel(), guard));
    }

    /** Prints a message as one line, or as {@code {"message": ...}} when the launcher asked for JSON. */
    public void message(String text, PrintWriter out) {
        if (settings.jsonMessages()) {
            out.println(json.writeValueAsString(Map.of("message", text)));
        } else {
            out.println(TerminalText.clean(text));
        }
        out.flush();
    }

    /** Prints one record as one JSON object, its values typed (numbers and booleans stay so). */
    public void object(Map<String, ?> fields, PrintWriter out) {
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(fields));
        out.flush();
    }

    private <T> long table(List<Column<T>> columns, Stream<T> rows, PrintWriter out, int width) {
        List<String[]> data = new ArrayList<>();
        data.add(columns.stream().map(c -> TerminalText.clean(c.name())).toArray(String[]::new));
        rows.forEach(row -> data.add(columns.stream().map(c -> TerminalText.clean(Cells.text(c.value().apply(row))))
                .toArray(String[]::new)));
        long count = data.size() - 1L;
        if (count > 0) {
            TableLayout.render(data.get(0), data.subList(1, data.size()), width, settings.expanded())
                    .forEach(out::println);
        }
        out.println("(" + count + (count == 1 ? " row)" : " rows)"));
        return count;
    }

    /**
     * CSV rows are formatted into a reused {@code StringBuilder} and handed to {@code out} one row at a time:
     * Commons CSV writes character by character, which through a (synchronised) {@code Writer} costs more than the
     * formatting itself on large exports.
     */
    private <T> long csv(List<Column<T>> columns, Stream<T> rows, Writer out, boolean bom, boolean guard,
            boolean terminal) throws IOException {
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
                String cell = Cells.text(c.value().apply(row));
                cell = guard ? CsvGuard.guard(cell) : cell;
                // an empty cell is written as nothing (Commons CSV quotes it at a record's start), unless alone
                printer.print(cell.isEmpty() && columns.size() > 1 ? null : terminal ? TerminalText.clean(cell) : cell);
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
    private long cells(List<String> header, Stream<String[]> rows, OutputStream out, boolean bom, boolean guard)
            throws IOException {
        CsvBytes csv = new CsvBytes(out, guard);
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

    /** DEL, C1 controls ({@code 0x9b} starts an escape sequence on many terminals) and bidirectional overrides. */
    private static final class SafeEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        SafeEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= 0xffff && TerminalText.unsafe((char) ch)
                    ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
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
