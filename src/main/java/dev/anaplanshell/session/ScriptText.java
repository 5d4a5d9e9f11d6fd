package dev.anaplanshell.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.anaplanshell.core.Secrets;

/**
 * Turns commands as the user typed them into a script that {@code -f} replays: session-only commands left out,
 * a login reduced to {@code login} (which reads {@code ANAPLAN_USER} and {@code ANAPLAN_PASSWORD}), and no secret
 * ever written: which lines hold one is {@link Secrets}' rule, the history file's too.
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
        List<String> words = Secrets.words(typed);
        if (words.isEmpty() || NOT_REPLAYED.contains(words.get(0))) {
            return Optional.empty();
        }
        if (words.get(0).equals("login")) {
            return Optional.of("login");
        }
        return words.stream().anyMatch(Secrets::isSecretOption) ? Optional.empty() : Optional.of(typed.strip());
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
}
