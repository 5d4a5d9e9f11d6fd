package dev.anaplanshell.command;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.Journal;

import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;

/**
 * The gate in front of commands that change or delete model data ({@code lists delete}, {@code cells write}, delete
 * actions, {@code current-period set}). At the prompt they ask first, unless {@code --yes}; in a script ({@code -c},
 * {@code -f}, standard input) nothing is asked, and without {@code --yes} the command is a usage error (exit 2) before
 * anything is sent. {@code --dry-run} prints what would be sent, as JSON, and sends nothing.
 */
public class Confirmation {

    private final boolean interactive;
    private final Output output;
    private final Journal journal;

    /** @param interactive whether the shell runs at the prompt (else a script: {@code -c}, {@code -f}, stdin) */
    public Confirmation(boolean interactive, Output output, Journal journal) {
        this.interactive = interactive;
        this.output = output;
        this.journal = journal;
    }

    /**
     * Returns whether to go on: false after a dry run (what would be sent is printed); throws when a script lacks
     * {@code --yes} or the user answers no.
     *
     * @param command the command's name, for the error
     * @param question what it does, as asked: "Delete 3 items from list 'Products'"
     * @param sent what would be sent, for {@code --dry-run}
     */
    public boolean proceed(CommandContext ctx, String command, Boolean yes, Boolean dryRun, String question,
            Map<String, ?> sent) {
        if (Boolean.TRUE.equals(dryRun)) {
            output.line(ctx, "Dry run: " + lower(question) + "; nothing was sent. It would send:");
            output.record(ctx, sent, "json", null);
            return false;
        }
        ask(ctx.inputReader(), interactive, Boolean.TRUE.equals(yes), command, question);
        if (interactive && !Boolean.TRUE.equals(yes)) {
            journal.confirmed(); // a recording replays it with --yes: a script never asks
        }
        return true;
    }

    /** The decision alone, for tests: at the prompt ({@code interactive}) asks on {@code in}; in a script needs yes. */
    static void ask(InputReader in, boolean interactive, boolean yes, String command, String question) {
        if (yes) {
            return;
        }
        if (!interactive) {
            throw ShellException.usage("'" + command + "' changes the model: give --yes to run it from a script"
                    + " (--dry-run shows what it would send)");
        }
        String answer;
        try {
            answer = in.readInput(question + "? [y/N] ");
        } catch (UserInterruptException | EndOfFileException e) {
            answer = null;
        } catch (Exception e) {
            throw ShellException.usage("no terminal to ask on: give --yes to run '" + command + "'");
        }
        String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        if (!a.equals("y") && !a.equals("yes")) {
            throw ShellException.failure("cancelled: nothing was sent");
        }
    }

    /** What would be sent, in order: name, value, name, value... */
    public static Map<String, Object> sent(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static String lower(String question) {
        return question.isEmpty() ? question : Character.toLowerCase(question.charAt(0)) + question.substring(1);
    }
}
