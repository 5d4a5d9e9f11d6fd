package dev.anaplanshell.shell;

import java.util.regex.Pattern;

import dev.anaplanshell.auth.TokenKeeper;

import org.springframework.stereotype.Component;

/**
 * Decides which lines must never reach the history file: lines holding the session's live secrets (its password
 * or token), and lines that look like they carry one ({@code password=...}, {@code --password VALUE},
 * {@code Authorization} values).
 */
@Component
public class SecretFilter {

    private static final Pattern LOOKS_SECRET = Pattern.compile(
            "(?i)(pass(word|wd|phrase)?|secret|token|api[-_]?key)\\s*[=:]"
                    + "|--(password|key-password|store-password|secret|token)(\\s|=)(?!-)"
                    + "|\\b(Basic|Bearer|AnaplanAuthToken|CACertificate)\\s+[A-Za-z0-9+/=._-]{8,}");

    private final TokenKeeper keeper;

    public SecretFilter(TokenKeeper keeper) {
        this.keeper = keeper;
    }

    public boolean isSecret(String line) {
        return line != null && (LOOKS_SECRET.matcher(line).find() || keeper.holdsSecretIn(line));
    }
}
