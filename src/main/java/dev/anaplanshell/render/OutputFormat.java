package dev.anaplanshell.render;

import java.util.Locale;

import dev.anaplanshell.core.ShellException;

/** How listings are printed: {@code -o table|csv|json}. */
public enum OutputFormat {
    TABLE, CSV, JSON;

    public static OutputFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return TABLE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ShellException.usage("unknown output format '" + value + "': use table, csv or json");
        }
    }
}
