package dev.anaplanshell.command;

import java.time.Duration;
import java.util.Locale;

import dev.anaplanshell.core.CtrlC;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.ShellException;

/** Runs a transfer with Ctrl-C trapped: the transfer stops, leaves no partial file, and the command exits 130. */
final class Interrupts {

    /** A transfer that may be interrupted. */
    @FunctionalInterface
    interface Transfer<T> {
        T run() throws InterruptedException;
    }

    private Interrupts() {
    }

    static <T> T call(Transfer<T> transfer) {
        try (CtrlC trap = CtrlC.trap()) {
            try {
                return transfer.run();
            } catch (RuntimeException e) {
                if (trap.pressed()) {
                    throw interrupted();
                }
                throw e;
            }
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    private static ShellException interrupted() {
        return new ShellException(ExitCodes.INTERRUPTED, "interrupted: the transfer was stopped (a download leaves no partial file)");
    }
}
