package dev.anaplanshell.auth;

import java.util.Locale;

import dev.anaplanshell.core.ShellException;

/**
 * How the signed bytes of a certificate login are built (anaplan-api.md §2.2): {@code V2} prefixes the random
 * bytes with the time as 8-byte big-endian Unix seconds and says {@code "encodedDataFormat":"v2"}; {@code V1} is
 * random bytes only.
 */
public enum CertificateFormat {
    V1, V2;

    public static CertificateFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return V2;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "v1" -> V1;
            case "v2" -> V2;
            default -> throw ShellException.usage("--cert-format must be v1 or v2, not '" + text + "'");
        };
    }
}
