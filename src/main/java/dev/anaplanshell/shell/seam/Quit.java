package dev.anaplanshell.shell.seam;

import java.util.List;

import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;

/**
 * {@code quit}, alias {@code exit}: the prompt ({@code ShellRunner}) and scripts ({@code ScriptRunner}) stop on
 * it; the registered command only gives it a place in {@code help} and completion. Spring Shell 4.0.1 hard-wires
 * both words in its own REPL loop, which this shell does not use.
 */
public final class Quit {

    static final Command COMMAND = new AbstractCommand("quit", "Exit the shell", "Built-In Commands") {
        @Override
        public List<String> getAliases() {
            return List.of("exit");
        }

        @Override
        public ExitStatus doExecute(CommandContext context) {
            return ExitStatus.OK;
        }
    };

    private Quit() {
    }

    /** Whether a line (blanks around it ignored) is {@code quit} or {@code exit}. */
    public static boolean is(String line) {
        String command = line.strip();
        return command.equals(COMMAND.getName()) || COMMAND.getAliases().contains(command);
    }
}
