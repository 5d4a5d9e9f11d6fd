package dev.anaplanshell.command;

import java.util.List;

import dev.anaplanshell.shell.ShellException;

import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;

/** Checks on positional arguments, which Spring Shell 4.0.1 does not enforce itself. */
final class Arguments {

    private Arguments() {
    }

    static String required(String value, String usage) {
        if (value == null || value.isBlank()) {
            throw ShellException.usage("missing argument: " + usage);
        }
        return value;
    }

    /** The words after the command name, as the parser split them. */
    static List<String> all(CommandContext ctx) {
        return ctx.parsedInput().arguments().stream().map(CommandArgument::value).toList();
    }

    static void atMost(CommandContext ctx, int count, String usage) {
        if (ctx.parsedInput().arguments().size() > count) {
            throw ShellException.usage("too many arguments (quote values with spaces): " + usage);
        }
    }
}
