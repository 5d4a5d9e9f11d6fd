package dev.anaplanshell.completion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * "Did you mean" for a mistyped command or option: the known name nearest by edit distance (a swap of two
 * neighbouring letters counts as one edit, so {@code modles} is one edit from {@code models}), when it is near
 * enough to be a typo rather than another word.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The known name nearest to {@code typed}, if it is within a third of its length (at least one edit). */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int d = distance(typed, name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best != null && bestDistance > 0 && bestDistance <= Math.max(1, typed.length() / 3)
                ? Optional.of(best) : Optional.empty();
    }

    /** {@code " (did you mean 'x'?)"} for the nearest known name, else the empty string. */
    public static String hint(String typed, Collection<String> known) {
        return nearest(typed, known).map(n -> " (did you mean '" + n + "'?)").orElse("");
    }

    /**
     * For a command line whose command is unknown: the command name nearest to as many of its first words as that
     * name has ({@code modles list} gives {@code models list}), each word within a third of its length; when equally
     * near, longer names first, then the name as long as what was typed ({@code modles}: a swap, not a lost u).
     */
    public static Optional<String> command(String line, Collection<String> commandNames) {
        List<String> words = List.of(line.strip().split("\\s+"));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestLengths = Integer.MAX_VALUE;
        for (String name : commandNames) {
            int n = name.split(" ").length;
            if (n > words.size()) {
                continue;
            }
            int d = 0;
            String[] parts = name.split(" ");
            for (int i = 0; i < n && d >= 0; i++) {
                int w = distance(words.get(i), parts[i]);
                d = w <= Math.max(1, words.get(i).length() / 3) ? d + w : -1;
            }
            if (d == 0) {
                return Optional.empty(); // a known command: nothing was mistyped in its name
            }
            int lengths = Math.abs(String.join(" ", words.subList(0, n)).length() - name.length());
            if (d > 0 && (d < bestDistance || d == bestDistance && (n > best.split(" ").length
                    || n == best.split(" ").length && lengths < bestLengths))) {
                best = name;
                bestDistance = d;
                bestLengths = lengths;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
