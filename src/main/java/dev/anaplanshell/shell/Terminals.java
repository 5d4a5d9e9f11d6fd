package dev.anaplanshell.shell;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** Whether the process's standard streams are terminals, asked of JLine's native providers. */
final class Terminals {

    private Terminals() {
    }

    /** True when JLine's native (JNI) terminal provider loads on this platform. */
    static boolean nativeProvider() {
        try {
            TerminalProvider.load("jni");
            return true;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    /** True when standard input is a terminal; without a usable provider, whether there is a console. */
    static boolean stdinIsTerminal() {
        for (String provider : new String[] {"jni", "exec"}) {
            try {
                return TerminalProvider.load(provider).isSystemStream(SystemStream.Input);
            } catch (Exception | LinkageError e) {
                // try the next provider
            }
        }
        return System.console() != null;
    }
}
