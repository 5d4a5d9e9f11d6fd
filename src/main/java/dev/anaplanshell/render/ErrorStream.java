package dev.anaplanshell.render;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Standard error of the command that runs on this thread: warnings and progress lines, never data. The shell's
 * command runner names it for each command ({@link #during}); elsewhere it is the process's standard error.
 */
public final class ErrorStream {

    private static final ThreadLocal<PrintWriter> CURRENT = new ThreadLocal<>();
    private static volatile Boolean terminal;

    private ErrorStream() {
    }

    /** Runs {@code body} with {@code err} as its standard error. */
    public static <T> T during(PrintWriter err, Supplier<T> body) {
        PrintWriter previous = CURRENT.get();
        CURRENT.set(err);
        try {
            return body.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The running command's standard error, else the process's. */
    public static PrintWriter current() {
        PrintWriter err = CURRENT.get();
        return err != null ? err : new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    /** Whether the process's standard error is a terminal (asked of JLine's native providers once). */
    public static boolean isTerminal() {
        Boolean known = terminal;
        if (known == null) {
            known = false;
            for (String provider : new String[] {"jni", "exec"}) {
                try {
                    known = TerminalProvider.load(provider).isSystemStream(SystemStream.Error);
                    break;
                } catch (Exception | LinkageError e) {
                    // try the next provider
                }
            }
            terminal = known;
        }
        return known;
    }
}
