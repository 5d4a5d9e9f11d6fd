package dev.anaplanshell.core;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The shell's one Ctrl-C (SIGINT) handling: while a trap is open, Ctrl-C interrupts the thread that opened it instead
 * of ending the JVM, so a command stops (its HTTP calls, streams and file writes), a bulk run cancels its task on the
 * server, and the prompt comes back with the session intact. The handler before (the JVM's default, JLine's, an outer
 * trap's) is back when the trap closes, so traps nest: the prompt's, then a bulk run's or a file write's.
 *
 * <p>{@code sun.misc.Signal} (module {@code jdk.unsupported}, open to every application) is the only way to handle a
 * signal without ending the JVM: a shutdown hook runs only once the JVM is already exiting, too late to tell the
 * command's loop and too fragile for HTTP calls. Where SIGINT cannot be handled (e.g. {@code -Xrs}) a trap does
 * nothing and Ctrl-C ends the JVM as before (the shutdown hooks clean up).
 */
public final class CtrlC implements AutoCloseable {

    private static final Signal INT = new Signal("INT");

    /** One {@link #trapOrExit} at a time: a file written on another thread meanwhile leaves the handler alone. */
    private static final AtomicBoolean EXITING_TRAP_ACTIVE = new AtomicBoolean();

    private final AtomicBoolean pressed = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final long graceMs;
    private final boolean exclusive;
    private final SignalHandler previous;

    private CtrlC(Thread owner, long graceMs, boolean exclusive) {
        this.graceMs = graceMs;
        this.exclusive = exclusive;
        SignalHandler old = null;
        if (owner != null) {
            try {
                old = Signal.handle(INT, signal -> pressed(owner));
            } catch (IllegalArgumentException | IllegalStateException e) {
                old = null; // -Xrs or no SIGINT here: Ctrl-C ends the JVM as before
            }
        }
        this.previous = old;
    }

    /** Traps Ctrl-C for the current thread until {@link #close()}: each press interrupts it. */
    public static CtrlC trap() {
        return new CtrlC(Thread.currentThread(), 0, false);
    }

    /**
     * Traps Ctrl-C for the current thread as {@link #trap()} does, for work that must not outlive a Ctrl-C (a file
     * write, whose temporary file only the shutdown hook removes once the JVM exits): should the thread not stop within
     * {@code graceMs} of the first press (a read that ignores interruption), the JVM exits 130. One such trap at a
     * time; one opened meanwhile on another thread traps nothing.
     */
    public static CtrlC trapOrExit(long graceMs) {
        if (!EXITING_TRAP_ACTIVE.compareAndSet(false, true)) {
            return none();
        }
        return new CtrlC(Thread.currentThread(), graceMs, true);
    }

    /** No trap: Ctrl-C does whatever it did before. */
    public static CtrlC none() {
        return new CtrlC(null, 0, false);
    }

    private void pressed(Thread owner) {
        boolean first = !pressed.getAndSet(true);
        if (graceMs <= 0) {
            owner.interrupt();
            return;
        }
        if (!first) {
            return;
        }
        owner.interrupt();
        Thread watchdog = new Thread(() -> {
            try {
                if (!closed.await(graceMs, TimeUnit.MILLISECONDS)) {
                    System.exit(ExitCodes.INTERRUPTED);
                }
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "ctrl-c-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Whether Ctrl-C was pressed while the trap was open. */
    public boolean pressed() {
        return pressed.get();
    }

    @Override
    public void close() {
        closed.countDown();
        if (previous != null) {
            try {
                Signal.handle(INT, previous);
            } catch (IllegalArgumentException | IllegalStateException ignored) {
                // as when it was installed
            }
        }
        if (exclusive) {
            EXITING_TRAP_ACTIVE.set(false);
        }
        if (pressed.get()) {
            Thread.interrupted();
        }
    }
}
