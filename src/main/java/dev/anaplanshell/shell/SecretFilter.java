package dev.anaplanshell.shell;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.anaplanshell.auth.TokenKeeper;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.core.Tokenizer;

import org.springframework.stereotype.Component;

/**
 * The one rule for which lines hold a secret, used by the history file, {@code history}, {@code history save} and
 * {@code record} alike: lines holding the session's live secrets (its password or token, wherever they appear:
 * {@code set SECRET <password>}, {@code echo <token>}), and lines that look like they carry one
 * ({@code password=...}, {@code --password VALUE} and any other option named like a secret, {@code Authorization}
 * values). A secret already replaced by {@value #REDACTED} is no longer one.
 */
@Component
public class SecretFilter {

    /** What a secret value is replaced with. */
    public static final String REDACTED = "***";

    private static final Pattern LOOKS_SECRET = Pattern.compile(
            "(?i)(pass(word|wd|phrase)?|secret|token|api[-_]?key)\\s*[=:](?!\\s*\\*\\*\\*(\\s|$))"
                    + "|--(password|key-password|store-password|secret|token)(\\s|=)(?![-*])"
                    + "|\\b(Basic|Bearer|AnaplanAuthToken|CACertificate)\\s+[A-Za-z0-9+/=._-]{8,}");

    private final TokenKeeper keeper;

    public SecretFilter(TokenKeeper keeper) {
        this.keeper = keeper;
    }

    /** The whole rule: a line that looks secret, or holds the session's password or token. */
    public boolean isSecret(String line) {
        return line != null && (looksSecret(line) || keeper.holdsSecretIn(line));
    }

    /** The part of the rule that needs no session: the line looks like it carries a secret. */
    public static boolean looksSecret(String line) {
        if (LOOKS_SECRET.matcher(line).find()) {
            return true;
        }
        List<String> words = words(line);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (isSecretOption(w)) {
                int eq = w.indexOf('=');
                String value = eq > 0 ? w.substring(eq + 1) : i + 1 < words.size() ? words.get(i + 1) : "";
                if (!value.isEmpty() && !value.equals(REDACTED) && !(eq < 0 && value.startsWith("--"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An option whose value is a secret: {@code --password}, {@code --client-secret}, {@code --token=...}. */
    public static boolean isSecretOption(String word) {
        if (!word.startsWith("--")) {
            return false;
        }
        int eq = word.indexOf('=');
        String name = (eq > 0 ? word.substring(0, eq) : word).toLowerCase(Locale.ROOT);
        return name.endsWith("password") || name.endsWith("secret") || name.endsWith("token")
                || name.endsWith("passphrase");
    }

    private static List<String> words(String line) {
        try {
            return Tokenizer.words(line);
        } catch (ShellException e) {
            return List.of();
        }
    }
}
