package dev.anaplanshell.shell;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import dev.anaplanshell.core.CtrlC;
import dev.anaplanshell.completion.DidYouMean;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.InputFiles;
import dev.anaplanshell.core.ShellException;
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
 * With {@code --timing} or {@code set timing on} the elapsed time follows each command, as psql's {@code \timing}.
 */
public final class CommandRunner {

    private final CommandRegistry registry;
    private final CommandParser parser;
    private final CommandExecutor executor;
    private final ErrorHandler errors;
    private final Variables variables;
    private final Journal journal;
    private final boolean timing;

    public CommandRunner(CommandRegistry registry, CommandParser parser, ErrorHandler errors, Variables variables,
            Journal journal) {
        this(registry, parser, errors, variables, journal, false);
    }

    public CommandRunner(CommandRegistry registry, CommandParser parser, ErrorHandler errors, Variables variables,
            Journal journal, boolean timing) {
        this.timing = timing;
        this.registry = registry;
        this.parser = parser;
        this.executor = new CommandExecutor(registry);
        this.errors = errors;
        this.variables = variables;
        this.journal = journal;
    }

    public int run(String line, PrintWriter out, PrintWriter err, InputReader in) {
        long start = System.nanoTime();
        int code = execute(line, out, err, in, () -> false);
        journal.add(line, code);
        timed(start, err);
        return code;
    }

    /**
     * Runs a line typed at the prompt with Ctrl-C trapped ({@link CtrlC}, as bulk runs and file writes do): Ctrl-C
     * interrupts the command (its HTTP calls, streams and file writes stop, no partial file is left) and the shell
     * goes back to the prompt with its login, variables and recording as they were. The command's own traps (a
     * bulk run cancelling its task) take over while they run and hand back to this one.
     */
    public int runInterruptibly(String line, PrintWriter out, PrintWriter err, InputReader in) {
        long start = System.nanoTime();
        int code;
        try (CtrlC trap = CtrlC.trap()) {
            code = execute(line, out, err, in, trap::pressed);
        }
        journal.add(line, code);
        timed(start, err);
        return code;
    }

    private void timed(long start, PrintWriter err) {
        String setting = variables.all().get("timing");
        if (setting != null ? setting.equalsIgnoreCase("on") : timing) {
            err.println(String.format(Locale.ROOT, "Time: %.3f ms", (System.nanoTime() - start) / 1e6));
            err.flush();
        }
    }

    private int execute(String line, PrintWriter out, PrintWriter err, InputReader in, BooleanSupplier cancelled) {
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
            if (cancelled.getAsBoolean()) {
                return interrupted(err);
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
            return cancelled.getAsBoolean() ? interrupted(err) : errors.report(e, err);
        }
    }

    /** Ctrl-C ended the command: whatever failed after it (a closed stream, an interrupted call) says no more. */
    private static int interrupted(PrintWriter err) {
        err.println("interrupted");
        err.flush();
        return ExitCodes.INTERRUPTED;
    }
}
