package dev.anaplanshell.shell;

import java.io.PrintWriter;

import dev.anaplanshell.completion.DidYouMean;
import dev.anaplanshell.render.ErrorStream;
import dev.anaplanshell.session.Journal;
import dev.anaplanshell.session.Variables;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs one command line and turns whatever happens into an exit code; errors go to {@code err} as one line.
 * Variables are expanded first ({@link Variables}); the line as typed goes to the session's {@link Journal}.
 */
public final class CommandRunner {

    private final CommandRegistry registry;
    private final CommandParser parser;
    private final CommandExecutor executor;
    private final ErrorHandler errors;
    private final Variables variables;
    private final Journal journal;

    public CommandRunner(CommandRegistry registry, CommandParser parser, ErrorHandler errors, Variables variables,
            Journal journal) {
        this.registry = registry;
        this.parser = parser;
        this.executor = new CommandExecutor(registry);
        this.errors = errors;
        this.variables = variables;
        this.journal = journal;
    }

    public int run(String line, PrintWriter out, PrintWriter err, InputReader in) {
        int code = execute(line, out, err, in);
        journal.add(line, code);
        return code;
    }

    private int execute(String line, PrintWriter out, PrintWriter err, InputReader in) {
        try {
            if (line.length() > InputFiles.MAX_LINE) {
                throw InputFiles.tooLong("");
            }
            ParsedInput parsed = parser.parse(variables.expand(line));
            ExitStatus status = ErrorStream.during(err,
                    () -> executor.execute(new CommandContext(parsed, registry, out, in)));
            out.flush();
            String unwritten = out instanceof StandardOutput stdout ? stdout.failure() : null;
            if (unwritten != null) {
                throw ShellException.failure("cannot write to standard output: " + unwritten);
            }
            if (status.code() == 0) {
                return ExitCodes.OK;
            }
            int code = status.code() == ExitStatus.USAGE_ERROR.code() ? ExitCodes.USAGE
                    : status.code() == ExitStatus.AVAILABILITY_ERROR.code() ? ExitCodes.AUTH
                    : status.code() > 0 ? status.code() : ExitCodes.FAILURE;
            err.println("error: " + ErrorHandler.line(status.description()));
            err.flush();
            return code;
        } catch (CommandNotFoundException e) {
            err.println("error: unknown command '" + ErrorHandler.line(e.getCommandName()) + "'"
                    + DidYouMean.command(line, registry.getCommands().stream().map(Command::getName).toList())
                            .map(n -> " (did you mean '" + n + "'?)").orElse(" (type 'help' for the list)"));
            err.flush();
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            out.flush();
            return errors.report(e, err);
        }
    }
}
