package dev.anaplanshell.lint;

/** A formula as the checks read it: string literals and quoted names blanked, so their text matches nothing. */
final class FormulaText {

    private FormulaText() {
    }

    /** The formula with the inside of {@code "..."} and {@code '...'} replaced by spaces (same length). */
    static String mask(String formula) {
        char[] out = formula.toCharArray();
        char open = 0;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (open != 0) {
                if (c == open) {
                    open = 0;
                } else {
                    out[i] = ' ';
                }
            } else if (c == '"' || c == '\'') {
                open = c;
            }
        }
        return new String(out);
    }

    /** The deepest nesting of IF expressions: {@code IF a THEN b ELSE IF c THEN d ELSE e} is 2. */
    static int ifDepth(String masked) {
        int level = 0;
        int max = 0;
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '(' || c == '[') {
                level++;
            } else if (c == ')' || c == ']') {
                level--;
                while (!open.isEmpty() && open.peek() > level) {
                    open.pop();
                }
            } else if (c == ',') {
                while (!open.isEmpty() && open.peek() >= level) {
                    open.pop();
                }
            } else if (keyword(masked, i, "IF")) {
                open.push(level);
                max = Math.max(max, open.size());
                i += 1;
            }
        }
        return max;
    }

    /** Whether the word {@code word} (any case) stands at {@code i} on its own. */
    static boolean keyword(String s, int i, String word) {
        int end = i + word.length();
        return s.regionMatches(true, i, word, 0, word.length())
                && (i == 0 || !isWord(s.charAt(i - 1)))
                && (end == s.length() || !isWord(s.charAt(end)));
    }

    static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '?' || c == '%';
    }
}
