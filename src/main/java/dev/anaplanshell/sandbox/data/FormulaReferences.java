package dev.anaplanshell.sandbox.data;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line items a formula references, the way Anaplan writes them: {@code 'MODULE NAME'.Line Item},
 * {@code MODULE.Line Item} and bare names of line items of the same module. Longest name wins; string literals
 * and qualifiers that are not modules (list properties, list items such as {@code Versions.Actual}) are skipped.
 * A known module followed by an unknown line item is an error, so a typo in demo data fails fast.
 */
final class FormulaReferences {

    private static final String NAME_END = ",()[]+*/=<>;:&'\"";

    private final Map<String, Map<String, Integer>> modules;
    private final int maxNameLength;

    /** @param modules line-item indexes by line-item name, by module name */
    FormulaReferences(Map<String, Map<String, Integer>> modules, int maxNameLength) {
        this.modules = modules;
        this.maxNameLength = maxNameLength;
    }

    /** Indexes of the referenced line items, in order of first appearance. */
    Set<Integer> scan(String formula, String module) {
        Set<Integer> found = new LinkedHashSet<>();
        Map<String, Integer> own = modules.get(module);
        int n = formula.length();
        int i = 0;
        while (i < n) {
            char c = formula.charAt(i);
            if (c == '"') {
                i = closing(formula, i, '"');
            } else if (c == '\'') {
                int end = closing(formula, i, '\'');
                i = qualified(formula, formula.substring(i + 1, end - 1), end, found);
            } else if (Character.isLetter(c) && (i == 0 || !isWordChar(formula.charAt(i - 1)))) {
                int j = i;
                while (j < n && (isWordChar(formula.charAt(j)) || formula.charAt(j) == '_')) {
                    j++;
                }
                if (j < n && formula.charAt(j) == '.') {
                    i = qualified(formula, formula.substring(i, j), j, found);
                    continue;
                }
                int end = longestMatch(formula, i, own);
                if (end > 0) {
                    found.add(own.get(formula.substring(i, end)));
                    i = end;
                } else {
                    i = j;
                }
            } else {
                i++;
            }
        }
        return found;
    }

    /** Handles {@code qualifier.Name} with {@code dot} at the '.'; returns where scanning resumes. */
    private int qualified(String formula, String qualifier, int dot, Set<Integer> found) {
        if (dot >= formula.length() || formula.charAt(dot) != '.') {
            return dot;
        }
        int start = dot + 1;
        Map<String, Integer> module = modules.get(qualifier);
        if (module == null) {
            return skipName(formula, start);
        }
        int end = longestMatch(formula, start, module);
        if (end < 0) {
            throw new IllegalStateException("Unresolved reference to '" + qualifier + "' in: " + formula);
        }
        found.add(module.get(formula.substring(start, end)));
        return end;
    }

    private int longestMatch(String formula, int start, Map<String, Integer> names) {
        if (names == null) {
            return -1;
        }
        int n = formula.length();
        for (int end = Math.min(n, start + maxNameLength); end > start; end--) {
            boolean boundary = end == n || !isWordChar(formula.charAt(end));
            if (boundary && formula.charAt(end - 1) != ' ' && names.containsKey(formula.substring(start, end))) {
                return end;
            }
        }
        return -1;
    }

    private static int skipName(String formula, int start) {
        if (start < formula.length() && formula.charAt(start) == '\'') {
            return closing(formula, start, '\'');
        }
        int i = start;
        while (i < formula.length() && NAME_END.indexOf(formula.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int closing(String formula, int open, char quote) {
        int end = formula.indexOf(quote, open + 1);
        return end < 0 ? formula.length() : end + 1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
