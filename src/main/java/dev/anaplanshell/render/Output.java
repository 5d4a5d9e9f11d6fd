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
