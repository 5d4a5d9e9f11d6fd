package dev.anaplanshell.shell;

import dev.anaplanshell.core.Consoles;

import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.InfoCmp;

/** Whether the process's standard streams are terminals, asked of JLine's native providers; the terminal's set-up. */
final class Terminals {

    /** Longest wait for {@link #prepareInBackground()}'s work before JLine does it itself. */
    private static final long PREPARE_WAIT_MS = 3_000;

    private static volatile Thread preparing;
    private static volatile Boolean nativeProvider;

    private Terminals() {
    }

    /** True when JLine's native (JNI) terminal provider loads on this platform; found out once per process. */
    static boolean nativeProvider() {
        Boolean loads = nativeProvider;
        if (loads == null) {
            try {
                TerminalProvider.load("jni");
                loads = true;
            } catch (Exception | LinkageError e) {
                loads = false;
            }
            nativeProvider = loads;
        }
        return loads;
    }

    /**
     * True when standard input is a terminal. When standard input and output are both terminals, the console says
     * so at no cost; otherwise JLine's native provider is asked, which loads its native library (~0.1 s before
     * Spring starts; the terminal-prepare thread loads it instead when the shell is interactive); without a provider, no.
     */
    static boolean stdinIsTerminal() {
        if (Consoles.interactive() != null) {
            return true;
        }
        for (String provider : new String[] {"jni", "exec"}) {
            try {
                return TerminalProvider.load(provider).isSystemStream(SystemStream.Input);
            } catch (Exception | LinkageError e) {
                // try the next provider
            }
        }
        return false;
    }

    /**
     * Starts, on a thread of its own, the slowest part of making the interactive shell's terminal, so that it runs
     * while Spring starts: JLine 3.30 reads the terminal's description from an {@code infocmp -x $TERM} process
     * (a process start and the class loading behind it) whatever the type, keeping it for the process. The terminal
     * is made after {@link #awaitPrepared()}.
     */
    static void prepareInBackground() {
        String type = System.getProperty(TerminalBuilder.PROP_TYPE, System.getenv("TERM"));
        if (type == null || type.isBlank() || type.startsWith("dumb")) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                InfoCmp.getInfoCmp(type);
            } catch (Exception e) {
                // JLine asks again when it makes the terminal, and says what is wrong
            }
            nativeProvider(); // its native library loaded here, not in the terminal's making
        }, "terminal-prepare");
        thread.setDaemon(true);
        preparing = thread;
        thread.start();
    }

    /** Waits (a bounded time) for {@link #prepareInBackground()}'s work: JLine's description cache is not thread-safe. */
    static void awaitPrepared() {
        Thread thread = preparing;
        if (thread == null) {
            return;
        }
        try {
            thread.join(PREPARE_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
