package dev.anaplanshell.sandbox.auth;

import java.util.Locale;

/** An {@code Authorization} header split into scheme and credentials; schemes compare case-insensitively. */
public record AuthHeader(String scheme, String credentials) {

    /** Null when the header is missing or has no credentials after the scheme. */
    public static AuthHeader parse(String header) {
        if (header == null) {
            return null;
        }
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        String credentials = trimmed.substring(space + 1).trim();
        return credentials.isEmpty() ? null : new AuthHeader(trimmed.substring(0, space), credentials);
    }

    public boolean is(String expectedScheme) {
        return scheme.toLowerCase(Locale.ROOT).equals(expectedScheme.toLowerCase(Locale.ROOT));
    }
}
