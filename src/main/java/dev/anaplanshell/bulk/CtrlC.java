package dev.anaplanshell.bulk;

import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Catches Ctrl-C (SIGINT) while a task or a transfer runs, so the shell can cancel the task on the server before it
 * exits 130, instead of the JVM dying with the task still running. The handler interrupts the command's thread; the
 * previous handler (the JVM's default, or JLine's in the REPL) is back when the trap closes.
 *
 * <p>{@code sun.misc.Signal} (module {@code jdk.unsupported}, open to every application) is the only way to handle a
 * signal without ending the JVM: a shutdown hook runs only once the JVM is already exiting, too late to tell the
 * command's loop and too fragile for HTTP calls. Where SIGINT cannot be handled (e.g. {@code -Xrs}) the trap does
 * nothing and Ctrl-C behaves as before.
 */
public final class CtrlC implements AutoCloseable {

    private static final Signal INT = new Signal("INT");

    private final AtomicBoolean pressed = new AtomicBoolean();
    private final SignalHandler previous;

    private CtrlC(Thread owner) {
        SignalHandler old;
        try {
            old = Signal.handle(INT, signal -> {
                pressed.set(true);
                owner.interrupt();
            });
        } catch (IllegalArgumentException | IllegalStateException e) {
            old = null;
        }
        this.previous = old;
    }

    /** Traps Ctrl-C for the current thread until {@link #close()}. */
    public static CtrlC trap() {
        return new CtrlC(Thread.currentThread());
    }

    public boolean pressed() {
        return pressed.get();
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(INT, previous);
        }
        if (pressed.get()) {
            Thread.interrupted();
        }
    }
}
