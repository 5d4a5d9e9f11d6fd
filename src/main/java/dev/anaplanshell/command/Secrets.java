package dev.anaplanshell.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import dev.anaplanshell.core.Consoles;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.ShellException;

import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.springframework.shell.core.command.CommandContext;

/**
 * Where secrets come from: one line of standard input ({@code --...-stdin}), an environment variable, or a masked
 * prompt, in that order. Never an option value, so never in the history or a process listing.
 */
final class Secrets {

    private Secrets() {
    }

    static char[] read(boolean stdin, String option, String env, String prompt, CommandContext ctx) {
        if (stdin) {
            return stdin(option);
        }
        String value = env == null ? null : System.getenv(env);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        try {
            char[] typed = ctx.inputReader().readPassword(prompt);
            if (typed == null || typed.length == 0) {
                throw ShellException.usage("no " + prompt.replace(":", "").strip().toLowerCase() + " given");
            }
            return typed;
        } catch (ShellException e) {
            throw e;
        } catch (UserInterruptException | EndOfFileException e) {
            throw cancelled(e);
        } catch (Exception e) {
            throw ShellException.usage("no terminal to ask on: use " + option + (env == null ? "" : " or set " + env));
        }
    }

    static String ask(CommandContext ctx, String prompt, String hint) {
        try {
            String value = ctx.inputReader().readInput(prompt);
            if (value == null || value.isBlank()) {
                throw ShellException.usage("login needs " + hint);
            }
            return value.strip();
        } catch (ShellException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("no terminal")) {
                throw ShellException.usage("no terminal to ask on: give " + hint);
            }
            throw e;
        } catch (UserInterruptException | EndOfFileException e) {
            throw cancelled(e);
        } catch (Exception e) {
            throw ShellException.usage("no terminal to ask on: give " + hint);
        }
    }

    /** Ctrl-C (or Ctrl-D) at a prompt: the command is cancelled, as Ctrl-C cancels a running command. */
    private static ShellException cancelled(RuntimeException e) {
        return e instanceof UserInterruptException ? new ShellException(ExitCodes.INTERRUPTED, "cancelled")
                : ShellException.usage("cancelled: nothing was typed");
    }

    private static char[] stdin(String option) {
        if (Consoles.interactive() != null) {
            throw ShellException.usage(option + " reads a pipe or a file; at a terminal, leave it out to be asked");
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw ShellException.usage(option + ": standard input is empty");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw ShellException.usage(option + ": cannot read standard input");
        }
    }
}
