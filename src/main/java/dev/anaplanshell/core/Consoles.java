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

    /** The console when standard input and output are both a terminal, else {@code null}; asked once per process. */
    public static Console interactive() {
        return Answer.CONSOLE;
    }

    /** Asked when first needed (the launcher, the terminal's making, scripts and secrets all ask). */
    private static final class Answer {
        static final Console CONSOLE = find();

        private static Console find() {
            Console console = System.console();
            return console != null && isTerminal(console) ? console : null;
        }
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
