package dev.anaplanshell.session;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.anaplanshell.core.ShellException;

/**
 * Turns what the user typed into one object: an exact ID, else a case-insensitive name. Unknown names fail
 * with exit code 4 and suggestions; ambiguous names fail with exit code 2 and the candidates' IDs.
 */
public final class NameResolver {

    private static final int MAX_SUGGESTIONS = 3;

    private NameResolver() {
    }

    /**
     * @param kind what is looked up, e.g. {@code Model}
     * @param where where it was looked up, e.g. {@code in workspace 'Demo'}; may be empty
     */
    public static <T> T resolve(String kind, String input, Collection<T> candidates, Function<T, String> id,
            Function<T, String> name, String where) {
        String wanted = input == null ? "" : input.strip();
        if (wanted.isEmpty()) {
            throw ShellException.usage(kind + " name or ID is empty");
        }
        for (T c : candidates) {
            if (wanted.equals(id.apply(c))) {
                return c;
            }
        }
        List<T> byName = candidates.stream().filter(c -> wanted.equalsIgnoreCase(name.apply(c))).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            String options = byName.stream().map(c -> "'" + name.apply(c) + "' (" + id.apply(c) + ")")
                    .collect(Collectors.joining(", "));
            throw ShellException.usage(kind + " '" + wanted + "' is ambiguous: " + options + "; use the ID");
        }
        for (T c : candidates) {
            if (wanted.equalsIgnoreCase(id.apply(c))) {
                return c;
            }
        }
        throw ShellException.notFound(kind + " '" + wanted + "' not found" + (where.isEmpty() ? "" : " " + where)
                + suggestions(wanted, candidates.stream().map(name).toList()));
    }

    static String suggestions(String wanted, List<String> names) {
        if (names.isEmpty()) {
            return " (there are none)";
        }
        String w = wanted.toLowerCase(Locale.ROOT);
        List<String> close = names.stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).contains(w) || w.contains(n.toLowerCase(Locale.ROOT))
                        || distance(w, n.toLowerCase(Locale.ROOT)) <= Math.max(2, w.length() / 3))
                .sorted(Comparator.comparingInt(n -> distance(w, n.toLowerCase(Locale.ROOT))))
                .limit(MAX_SUGGESTIONS)
                .toList();
        if (!close.isEmpty()) {
            return " (did you mean " + quoteAll(close, " or ") + "?)";
        }
        if (names.size() <= 5) {
            return " (available: " + quoteAll(names, ", ") + ")";
        }
        return "";
    }

    private static String quoteAll(List<String> names, String separator) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(separator));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
