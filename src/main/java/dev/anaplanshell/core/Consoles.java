package dev.anaplanshell.core;

import java.io.Console;

/**
 * The one answer to "are standard input and output a terminal?" by {@link System#console()}. Up to Java 21 there is a
 * console only then; Java 22 to 24 give one even when the streams are redirected, and its {@code isTerminal()}
 * (called reflectively: the shell is built for Java 17) tells; Java 25 again gives none.
 */
public final class Consoles {

    private Consoles() {
    }

    /** The console when standard input and output are both a terminal, else {@code null}. */
    public static Console interactive() {
        Console console = System.console();
        return console != null && isTerminal(console) ? console : null;
    }

    static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
