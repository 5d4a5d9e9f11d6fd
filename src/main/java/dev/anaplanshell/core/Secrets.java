package dev.anaplanshell.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for what is secret in a command line, which needs no session: lines that look like they carry a
 * secret ({@code password=...}, {@code --password VALUE} and any other option named like a secret,
 * {@code Authorization} values), and how a line is shown with its secret options' values starred. The shell's
 * {@code SecretFilter} adds the session's live password and token to it; the history file, {@code history},
 * {@code history save} and {@code record} all go through it. A secret already replaced by {@value #REDACTED} is no
 * longer one.
 */
public final class Secrets {

    /** What a secret value is replaced with. */
    public static final String REDACTED = "***";

    private static final Pattern LOOKS_SECRET = Pattern.compile(
            "(?i)(pass(word|wd|phrase)?|secret|token|api[-_]?key)\\s*[=:](?!\\s*\\*\\*\\*(\\s|$))"
                    + "|--(password|key-password|store-password|secret|token)(\\s|=)(?![-*])"
                    + "|\\b(Basic|Bearer|AnaplanAuthToken|CACertificate)\\s+[A-Za-z0-9+/=._-]{8,}");

    private Secrets() {
    }

    /** The line looks like it carries a secret. */
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

    /** The line with the values of secret options ({@code --password x}, {@code --token=y}) replaced by stars. */
    public static String redact(String typed) {
        List<String> words = words(typed);
        if (words.stream().noneMatch(Secrets::isSecretOption)) {
            return typed.strip();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (isSecretOption(w)) {
                int eq = w.indexOf('=');
                out.add(eq > 0 ? w.substring(0, eq + 1) + REDACTED : w);
                if (eq < 0 && i + 1 < words.size()) {
                    out.add(REDACTED);
                    i++;
                }
            } else {
                out.add(Tokenizer.quote(w));
            }
        }
        return String.join(" ", out);
    }

    /** The line's words, or none when its quoting does not close. */
    public static List<String> words(String line) {
        try {
            return Tokenizer.words(line);
        } catch (ShellException e) {
            return List.of();
        }
    }
}
