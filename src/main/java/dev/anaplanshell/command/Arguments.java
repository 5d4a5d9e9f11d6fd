package dev.anaplanshell.command;

import dev.anaplanshell.core.ShellException;

/** Checks on positional arguments, which Spring Shell 4.0.1 does not enforce itself (too many: {@code LazyCommand}). */
final class Arguments {

    private Arguments() {
    }

    static String required(String value, String usage) {
        if (value == null || value.isBlank()) {
            throw ShellException.usage("missing argument: " + usage);
        }
        return value;
    }
}
