package dev.anaplanshell.render;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

/** What commands print through: listings in the chosen format, messages, and CSV files. */
@Component
public class Output {

    private final Renderer renderer;
    private final ObjectProvider<Terminal> terminal;

    public Output(Renderer renderer, ObjectProvider<Terminal> terminal) {
        this.renderer = renderer;
        this.terminal = terminal;
    }

    /** Prints a listing; {@code format} is the user's {@code -o} value (table when null). */
    public <T> long list(CommandContext ctx, List<Column<T>> columns, Stream<T> rows, String format) {
        try (rows) {
            return renderer.print(columns, rows, OutputFormat.parse(format), ctx.outputWriter(), width());
        }
    }

    /**
     * Prints a listing, or with {@code out} writes it to that file (atomically, in the same format) and prints
     * one line saying so.
     */
    public <T> long list(CommandContext ctx, List<Column<T>> columns, Stream<T> rows, String format, String out) {
        if (out == null || out.isBlank()) {
            return list(ctx, columns, rows, format);
        }
        OutputFormat chosen = OutputFormat.parse(format);
        Path target = Path.of(out);
        long count;
        try (rows) {
            count = AtomicFile.write(target, writer -> renderer.print(columns, rows, chosen,
                    new java.io.PrintWriter(writer), Renderer.DEFAULT_WIDTH));
        }
        line(ctx, "Wrote " + count + (count == 1 ? " row" : " rows") + " to " + target);
        return count;
    }

    /** Copies a text body (UTF-8) to a file as it arrives, atomically; returns the number of lines. */
    public long copy(java.io.InputStream body, Path file) {
        try (body) {
            return AtomicFile.write(file, writer -> {
                java.io.Reader reader = new java.io.InputStreamReader(body, java.nio.charset.StandardCharsets.UTF_8);
                char[] buffer = new char[64 * 1024];
                long lines = 0;
                char last = '\n';
                for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                    if (n > 0) {
                        last = buffer[n - 1];
                        writer.write(buffer, 0, n);
                    }
                }
                return last == '\n' ? lines : lines + 1;
            });
        } catch (java.io.IOException e) {
            throw dev.anaplanshell.shell.ShellException.failure("cannot read the data: " + e.getMessage());
        }
    }

    /** Writes a listing to a CSV file, atomically. */
    public <T> long exportCsv(List<Column<T>> columns, Stream<T> rows, Path file) {
        try (rows) {
            return renderer.exportCsv(columns, rows, file);
        }
    }

    /** Prints one line of text. */
    public void line(CommandContext ctx, String text) {
        ctx.outputWriter().println(text);
        ctx.outputWriter().flush();
    }

    private int width() {
        Terminal t = terminal.getIfAvailable();
        return t == null ? 0 : t.getWidth();
    }
}
