package dev.anaplanshell.render;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.anaplanshell.core.AtomicFile;
import dev.anaplanshell.core.ShellException;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

/** What commands print through: listings in the chosen format, messages, and CSV files. */
@Component
public class Output {

    private final Renderer renderer;
    private final ObjectProvider<Terminal> terminal;
    private final OutputSettings settings;

    public Output(Renderer renderer, ObjectProvider<Terminal> terminal, OutputSettings settings) {
        this.renderer = renderer;
        this.terminal = terminal;
        this.settings = settings;
    }

    /**
     * Prints a listing; {@code format} is the user's {@code -o} value (when null, the launcher's {@code -o}, else
     * a table). The listing options of the command line ({@link ListingOptions}: {@code --columns}, {@code --sort},
     * {@code --out}) apply.
     */
    public <T> long list(CommandContext ctx, List<Column<T>> columns, Stream<T> rows, String format) {
        return list(ctx, columns, rows, format, null);
    }

    /**
     * Prints a listing, or with {@code out} (else {@code --out}) writes it to that file (atomically; the format is
     * {@code -o}'s, else the file extension's) and prints one line saying so.
     */
    public <T> long list(CommandContext ctx, List<Column<T>> columns, Stream<T> rows, String format, String out) {
        ListingOptions options = ListingOptions.current();
        String file = out != null && !out.isBlank() ? out : options.out();
        try (rows) {
            List<Column<T>> shown = options.select(columns);
            Stream<T> ordered = options.sort(columns, rows);
            if (file == null || file.isBlank()) {
                boolean toTerminal = toTerminal(ctx);
                OutputFormat chosen = settings.listingFormat(format);
                Terminal t = pagerTerminal(ctx);
                if (t == null) {
                    return renderer.print(shown, ordered, chosen, ctx.outputWriter(), width(toTerminal), toTerminal);
                }
                StringWriter text = new StringWriter();
                long count = renderer.print(shown, ordered, chosen, new PrintWriter(text), width(true), true);
                Pager.show(t, text.toString(), ctx.outputWriter());
                return count;
            }
            OutputFormat chosen = ListingOptions.formatOf(file, format, settings.format());
            Path target = Path.of(file);
            long count;
            try (StreamMeter meter = StreamMeter.open(settings.quiet())) {
                count = AtomicFile.write(target, writer -> renderer.print(shown, ordered.peek(row -> meter.add(1, 0)),
                        chosen, new PrintWriter(writer), 0));
            }
            wrote(ctx, target, "Wrote " + count + (count == 1 ? " row" : " rows") + " to " + target);
            return count;
        }
    }

    /** A "show" command's field and value rows (tables, CSV). */
    private static final List<Column<Map.Entry<String, ?>>> FIELDS = List.of(
            Column.of("field", Map.Entry::getKey), Column.of("value", Map.Entry::getValue));

    /**
     * Prints one record ({@code status}, {@code lists show}...): a field and value row per entry as a table or
     * CSV, one JSON object with typed values ({@code "itemCount": 25}) as JSON; with {@code out}, to that file.
     */
    public void record(CommandContext ctx, Map<String, ?> fields, String format, String out) {
        String file = out != null && !out.isBlank() ? out : ListingOptions.current().out();
        OutputFormat chosen = file == null || file.isBlank() ? settings.listingFormat(format)
                : ListingOptions.formatOf(file, format, settings.format());
        if (chosen != OutputFormat.JSON) {
            list(ctx, FIELDS, fields.entrySet().stream().map(e -> (Map.Entry<String, ?>) e), chosen.name(), file);
        } else if (file == null || file.isBlank()) {
            renderer.object(fields, ctx.outputWriter());
        } else {
            Path target = Path.of(file);
            AtomicFile.write(target, writer -> {
                renderer.object(fields, new PrintWriter(writer));
                return null;
            });
            wrote(ctx, target, "Wrote 1 record to " + target);
        }
    }

    /**
     * Prints one row ({@code whoami}, {@code calendar show}): a one-row table or CSV, or one JSON object (not an
     * array of one).
     */
    public <T> void single(CommandContext ctx, List<Column<T>> columns, T row, String format) {
        if (settings.listingFormat(format) != OutputFormat.JSON) {
            list(ctx, columns, Stream.of(row), format);
            return;
        }
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        columns.forEach(c -> fields.put(c.name(), c.value().apply(row)));
        renderer.object(fields, ctx.outputWriter());
    }

    /**
     * Says what was written to {@code target}, as {@link #line}; nothing when that was standard output ({@code -}),
     * where the message would end up inside the data.
     */
    public void wrote(CommandContext ctx, Path target, String text) {
        if (!AtomicFile.isStandardOutput(target)) {
            line(ctx, text);
        }
    }

    /** Copies a text body (UTF-8) to a file as it arrives, atomically; returns the number of lines. */
    public long copy(java.io.InputStream body, Path file) {
        try (body; StreamMeter meter = StreamMeter.open(settings.quiet())) {
            return AtomicFile.write(file, writer -> {
                java.io.Reader reader = new java.io.InputStreamReader(body, java.nio.charset.StandardCharsets.UTF_8);
                char[] buffer = new char[64 * 1024];
                long lines = 0;
                char last = '\n';
                for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                    long before = lines;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                    meter.add(lines - before, n);
                    if (n > 0) {
                        last = buffer[n - 1];
                        writer.write(buffer, 0, n);
                    }
                }
                return last == '\n' ? lines : lines + 1;
            });
        } catch (java.io.IOException e) {
            throw dev.anaplanshell.core.ShellException.failure("cannot read the data: " + e.getMessage());
        }
    }

    /** Writes rows of text cells to a CSV file, atomically; with {@code excel} the file starts with a UTF-8 BOM. */
    public long exportCells(List<String> header, Stream<String[]> rows, Path file, boolean excel) {
        return exportCells(header, rows, file, excel, false);
    }

    /** As {@link #exportCells(List, Stream, Path, boolean)}; {@code csvSafe} turns the CSV injection guard on. */
    public long exportCells(List<String> header, Stream<String[]> rows, Path file, boolean excel, boolean csvSafe) {
        try (rows; StreamMeter meter = StreamMeter.open(settings.quiet())) {
            return renderer.exportCells(header, rows.peek(row -> meter.add(1, size(row))), file, excel, csvSafe);
        }
    }

    /** About the bytes a row of cells takes in a CSV file (characters, separators and the line end). */
    private static long size(String[] row) {
        long n = row.length + 1L;
        for (String cell : row) {
            n += cell == null ? 0 : cell.length();
        }
        return n;
    }

    /**
     * Prints an informational message ("Using model ..."): nothing with {@code --quiet}, {@code {"message": ...}}
     * with {@code -o json} at launch.
     */
    public void line(CommandContext ctx, String text) {
        if (!settings.quiet()) {
            renderer.message(text, ctx.outputWriter());
        }
    }

    /** Prints {@code warning: TEXT} on the command's standard error (also with {@code --quiet}): never data. */
    public void warn(String text) {
        java.io.PrintWriter err = ErrorStream.current();
        err.println("warning: " + text);
        err.flush();
    }

    /** Prints text the user asked for ({@code echo}): shown even with {@code --quiet}. */
    public void text(CommandContext ctx, String text) {
        renderer.message(text, ctx.outputWriter());
    }

    /** Writes a text file whole or not at all. */
    public void writeFile(Path file, String content) {
        AtomicFile.write(file, writer -> {
            writer.write(content);
            return null;
        });
    }

    /**
     * Prints a listing whose last column gets {@code matches} highlighted, when colour is allowed
     * ({@link Highlighter#enabled}); otherwise exactly as {@link #list}.
     */
    public <T> long listHighlighted(CommandContext ctx, List<Column<T>> columns, Stream<T> rows, String format,
            Function<String, List<int[]>> matches) {
        OutputFormat parsed = OutputFormat.parse(format);
        Terminal t = terminal.getIfAvailable();
        if (!Highlighter.enabled(parsed, settings.color(), t, ctx.outputWriter())) {
            return list(ctx, columns, rows, format);
        }
        StringWriter table = new StringWriter();
        long count;
        ListingOptions options = ListingOptions.current();
        if (options.out() != null) {
            return list(ctx, columns, rows, format);
        }
        try (rows) {
            count = renderer.print(options.select(columns), options.sort(columns, rows), parsed,
                    new PrintWriter(table), width(true));
        }
        String coloured = Highlighter.lastColumn(table.toString(), matches, t);
        if (pagerTerminal(ctx) != null) {
            Pager.show(t, coloured, ctx.outputWriter());
        } else {
            ctx.outputWriter().print(coloured);
            ctx.outputWriter().flush();
        }
        return count;
    }

    /** Prints lines of text (names from the model: shown with control characters escaped). */
    public void lines(CommandContext ctx, List<String> lines) {
        lines.forEach(line -> ctx.outputWriter().println(TerminalText.clean(line)));
        ctx.outputWriter().flush();
    }

    /** Whether the command prints to a terminal: the prompt's, or standard output when it is one. */
    private boolean toTerminal(CommandContext ctx) {
        Terminal t = terminal.getIfAvailable();
        return settings.terminal() || t != null && ctx.outputWriter() == t.writer();
    }

    /** The interactive terminal when what is printed there may be paged: its own writer, and no --no-pager. */
    private Terminal pagerTerminal(CommandContext ctx) {
        if (!settings.pager()) {
            return null;
        }
        Terminal t = terminal.getIfAvailable();
        return t != null && ctx.outputWriter() == t.writer() && !t.getType().startsWith(Terminal.TYPE_DUMB) ? t : null;
    }

    /** The width tables fit: {@code COLUMNS}, else the terminal's; 0 (no limit) when not printing to a terminal. */
    private int width(boolean toTerminal) {
        if (!toTerminal) {
            return 0;
        }
        int columns = columns(System.getenv("COLUMNS"));
        if (columns > 0) {
            return columns;
        }
        Terminal t = terminal.getIfAvailable();
        return t == null ? 0 : t.getWidth();
    }

    /** {@code COLUMNS} as a number of columns, 0 when unset or not a positive number. */
    static int columns(String env) {
        try {
            return env == null ? 0 : Math.max(0, Integer.parseInt(env.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
