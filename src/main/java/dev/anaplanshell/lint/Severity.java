package dev.anaplanshell.lint;

import java.util.Locale;

import dev.anaplanshell.core.ShellException;

/** How much a finding matters, most severe first; the names are SARIF's result levels. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** At or above {@code threshold}: {@code ERROR} is at or above {@code WARNING}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** {@code error}, {@code warning} or {@code note}, any case; anything else is a usage error naming {@code what}. */
    public static Severity parse(String text, String what) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ShellException.usage("unknown severity '" + text + "' " + what + ": use error, warning or note");
        }
    }
}
