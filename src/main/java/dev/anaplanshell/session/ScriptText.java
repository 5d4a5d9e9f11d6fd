package dev.anaplanshell.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.core.Tokenizer;
import dev.anaplanshell.shell.SecretFilter;

/**
 * Turns commands as the user typed them into a script that {@code -f} replays: session-only commands left out,
 * a login reduced to {@code login} (which reads {@code ANAPLAN_USER} and {@code ANAPLAN_PASSWORD}), and no secret
 * ever written: which lines hold one is {@link SecretFilter}'s rule, the history file's too.
 */
public final class ScriptText {

    /** Commands about the session itself, which a replay does not need. */
    private static final Set<String> NOT_REPLAYED = Set.of("record", "history", "help", "clear", "vars", "exit",
            "quit");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ScriptText() {
    }

    /** Where and when a script was made, for its header comment. */
    public record Origin(Instant at, String host, String user, Set<String> commandLineVariables) {
    }

    /** The line a script gets for a command, or empty when a replay does not need it or it holds a secret. */
    public static Optional<String> replayable(String typed) {
        List<String> words = words(typed);
        if (words.isEmpty() || NOT_REPLAYED.contains(words.get(0))) {
            return Optional.empty();
        }
        if (words.get(0).equals("login")) {
            return Optional.of("login");
        }
        return words.stream().anyMatch(SecretFilter::isSecretOption) ? Optional.empty() : Optional.of(typed.strip());
    }

    /** The line with the values of secret options ({@code --password x}, {@code --token=y}) replaced by stars. */
    public static String redact(String typed) {
        List<String> words = words(typed);
        if (words.stream().noneMatch(SecretFilter::isSecretOption)) {
            return typed.strip();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (SecretFilter.isSecretOption(w)) {
                int eq = w.indexOf('=');
                out.add(eq > 0 ? w.substring(0, eq + 1) + SecretFilter.REDACTED : w);
                if (eq < 0 && i + 1 < words.size()) {
                    out.add(SecretFilter.REDACTED);
                    i++;
                }
            } else {
                out.add(Tokenizer.quote(w));
            }
        }
        return String.join(" ", out);
    }

    /** A whole script: the header comment, then one command a line. */
    public static String script(Origin origin, List<String> lines) {
        StringBuilder s = new StringBuilder();
        s.append("# anaplan-shell script, recorded ").append(TIME.format(origin.at())).append('\n');
        s.append("# host ").append(origin.host()).append(origin.user() == null ? "" : ", user " + origin.user())
                .append('\n');
        s.append("# replay: anaplan-shell -f FILE ('login' reads ANAPLAN_USER and ANAPLAN_PASSWORD)\n");
        if (!origin.commandLineVariables().isEmpty()) {
            s.append("# needs: ").append(origin.commandLineVariables().stream().sorted()
                    .map(v -> "-v " + v + "=...").collect(Collectors.joining(" "))).append('\n');
        }
        lines.forEach(line -> s.append(line).append('\n'));
        return s.toString();
    }

    private static List<String> words(String typed) {
        try {
            return Tokenizer.words(typed);
        } catch (ShellException e) {
            return List.of();
        }
    }
}
