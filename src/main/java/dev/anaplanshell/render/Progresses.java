package dev.anaplanshell.render;

import java.util.function.BooleanSupplier;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Opens a {@link Progress}: the status line of the shell's terminal, else plain lines on standard error when that
 * is a terminal, else nothing. Progress never goes to standard output, which carries data only.
 */
@Component
public class Progresses {

    private final ObjectProvider<Terminal> terminal;
    private final BooleanSupplier stderrIsTerminal;

    @Autowired
    public Progresses(ObjectProvider<Terminal> terminal) {
        this(terminal, ErrorStream::isTerminal);
    }

    Progresses(ObjectProvider<Terminal> terminal, BooleanSupplier stderrIsTerminal) {
        this.terminal = terminal;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    public Progress open(CommandContext ctx, String label) {
        return new Progress(terminal.getIfAvailable(), stderrIsTerminal.getAsBoolean() ? ErrorStream.current() : null,
                label);
    }
}
