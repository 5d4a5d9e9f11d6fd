package dev.anaplanshell.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.LogManager;

/**
 * The shell's logging: {@code java.util.logging}, configured from {@code logging.properties} beside this class
 * (warnings and worse, one line each, on standard error; JLine quieter still). Spring Boot's logging system is not
 * started: finding, initialising and binding it took ~0.05 s of every start for these three settings.
 */
public final class ShellLogging {

    private static final String RESOURCE = "logging.properties";

    private ShellLogging() {
    }

    /** Configures {@code java.util.logging} unless the user pointed it at a file of their own. */
    public static void configure() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        try (InputStream in = ShellLogging.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shell's " + RESOURCE + " is missing");
            }
            LogManager.getLogManager().readConfiguration(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shell's " + RESOURCE, e);
        }
    }
}
