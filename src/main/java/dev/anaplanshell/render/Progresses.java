package dev.anaplanshell.render;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

/** Opens a {@link Progress} on the shell's terminal, or plain lines on the command's output. */
@Component
public class Progresses {

    private final ObjectProvider<Terminal> terminal;

    public Progresses(ObjectProvider<Terminal> terminal) {
        this.terminal = terminal;
    }

    public Progress open(CommandContext ctx, String label) {
        return new Progress(terminal.getIfAvailable(), ctx.outputWriter(), label);
    }
}
