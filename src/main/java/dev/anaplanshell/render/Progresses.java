package dev.anaplanshell.render;

import java.util.function.BooleanSupplier;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Opens a {@link Progress}: the status line of the shell's terminal, else plain lines on standard error when that
 * is a terminal, else nothing; nothing at all with {@code --quiet}. Progress never goes to standard output, which
 * carries data only.
 */
@Component
public class Progresses {

    private final ObjectProvider<Terminal> terminal;
    private final BooleanSupplier stderrIsTerminal;
    private final boolean quiet;

    @Autowired
    public Progresses(ObjectProvider<Terminal> terminal, OutputSettings settings) {
        this(terminal, ErrorStream::isTerminal, settings.quiet());
    }

    Progresses(ObjectProvider<Terminal> terminal, BooleanSupplier stderrIsTerminal, boolean quiet) {
        this.terminal = terminal;
        this.stderrIsTerminal = stderrIsTerminal;
        this.quiet = quiet;
    }

    public Progress open(CommandContext ctx, String label) {
        if (quiet) {
            return Progress.none();
        }
        return new Progress(terminal.getIfAvailable(), stderrIsTerminal.getAsBoolean() ? ErrorStream.current() : null,
                label);
    }
}
