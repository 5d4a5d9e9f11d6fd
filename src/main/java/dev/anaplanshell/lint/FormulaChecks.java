package dev.anaplanshell.lint;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.anaplanshell.client.model.LineItem;

import tools.jackson.databind.JsonNode;

/** Checks that read one formula at a time. */
final class FormulaChecks {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.?%])(\\d+(?:\\.\\d+)?|\\.\\d+)(?![\\w.?%])");
    private static final Set<String> KEYWORDS = Set.of("IF", "THEN", "ELSE", "AND", "OR", "NOT");

    private FormulaChecks() {
    }

    static void longFormula(Rule rule, LintModel model, Consumer<Finding> out) {
        int max = rule.intParam("maxLength");
        for (LineItem li : model.lineItems()) {
            if (li.formula() != null && li.formula().length() > max) {
                out.accept(finding(rule, li, "formula of " + li.formula().length() + " characters (more than " + max
                        + "): split it into line items that say what each step is"));
            }
        }
    }

    static void nestedIf(Rule rule, LintModel model, Consumer<Finding> out) {
        int max = rule.intParam("maxDepth");
        for (LineItem li : model.lineItems()) {
            if (li.formula() != null && li.formula().length() > 2) {
                int depth = FormulaText.ifDepth(FormulaText.mask(li.formula()));
                if (depth > max) {
                    out.accept(finding(rule, li, depth + " nested IFs (more than " + max
                            + "): use a lookup module, or split the conditions into Boolean line items"));
                }
            }
        }
    }

    static void hardCodedNumber(Rule rule, LintModel model, Consumer<Finding> out) {
        Set<String> allowed = texts(rule.params().path("allowed"));
        Set<String> ignored = texts(rule.params().path("ignoreArgumentsOf"));
        for (LineItem li : model.lineItems()) {
            if (li.formula() == null || li.formula().isBlank()) {
                continue;
            }
            String masked = FormulaText.mask(li.formula());
            Set<String> found = new java.util.LinkedHashSet<>();
            Matcher m = NUMBER.matcher(masked);
            while (m.find()) {
                String number = m.group(1);
                if (!allowed.contains(number) && !inName(masked, m.start(), m.end())
                        && !wholeArgumentOf(masked, m.start(), m.end(), ignored)) {
                    found.add(number);
                }
            }
            if (!found.isEmpty()) {
                out.accept(finding(rule, li, "hard-coded " + String.join(", ", found)
                        + ": put the value in a settings (SYS) line item and reference it"));
            }
        }
    }

    static void sumAndLookup(Rule rule, LintModel model, Consumer<Finding> out) {
        for (LineItem li : model.lineItems()) {
            if (li.formula() == null) {
                continue;
            }
            String masked = FormulaText.mask(li.formula()).toUpperCase(Locale.ROOT).replace(" ", "");
            if (masked.contains("SUM:") && masked.contains("LOOKUP:")) {
                out.accept(finding(rule, li, "SUM and LOOKUP in one expression: do the LOOKUP in a line item of "
                        + "its own and SUM that"));
            }
        }
    }

    static void textOnLargeCells(Rule rule, LintModel model, Consumer<Finding> out) {
        long minCells = rule.params().path("minCells").asLong();
        Map<String, Pattern> calls = new java.util.LinkedHashMap<>();
        for (String f : texts(rule.params().path("functions"))) {
            calls.put(f, Pattern.compile("(?<![\\w.])" + Pattern.quote(f) + "\\s*\\(", Pattern.CASE_INSENSITIVE));
        }
        for (LineItem li : model.lineItems()) {
            if (li.formula() == null || li.cellCount() == null || li.cellCount() < minCells) {
                continue;
            }
            String masked = FormulaText.mask(li.formula());
            String used = masked.contains("&") ? "&" : null;
            for (Map.Entry<String, Pattern> call : calls.entrySet()) {
                if (used == null && call.getValue().matcher(masked).find()) {
                    used = call.getKey() + "()";
                }
            }
            if (used != null) {
                out.accept(finding(rule, li, "text (" + used + ") on " + String.format(Locale.ROOT, "%,d", li.cellCount())
                        + " cells: build the text on fewer dimensions, or only where it is shown"));
            }
        }
    }

    /** A number right after or before a word that is not a keyword belongs to a name: {@code Item 001}. */
    private static boolean inName(String s, int start, int end) {
        String before = wordBefore(s, start);
        String after = wordAfter(s, end);
        return before != null && !KEYWORDS.contains(before.toUpperCase(Locale.ROOT))
                || after != null && !KEYWORDS.contains(after.toUpperCase(Locale.ROOT));
    }

    private static String wordBefore(String s, int start) {
        int i = start - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && FormulaText.isWord(s.charAt(i))) {
            i--;
        }
        return end > i + 1 && end < start ? s.substring(i + 1, end) : null;
    }

    private static String wordAfter(String s, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < s.length() && FormulaText.isWord(s.charAt(i))) {
            i++;
        }
        return i > start && start > end && Character.isLetter(s.charAt(start)) ? s.substring(start, i) : null;
    }

    /** Whether the number (with its sign) is a whole argument of one of {@code functions}: {@code OFFSET(x, -12, 0)}. */
    private static boolean wholeArgumentOf(String s, int start, int end, Set<String> functions) {
        int from = start;
        while (from > 0 && (s.charAt(from - 1) == ' ' || s.charAt(from - 1) == '-')) {
            from--;
        }
        int to = end;
        while (to < s.length() && s.charAt(to) == ' ') {
            to++;
        }
        if (from == 0 || to == s.length() || (s.charAt(from - 1) != ',' && s.charAt(from - 1) != '(')
                || (s.charAt(to) != ',' && s.charAt(to) != ')')) {
            return false;
        }
        int level = 0;
        for (int i = from - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                level++;
            } else if (c == '(') {
                if (level == 0) {
                    int nameEnd = i;
                    while (nameEnd > 0 && s.charAt(nameEnd - 1) == ' ') {
                        nameEnd--;
                    }
                    int nameStart = nameEnd;
                    while (nameStart > 0 && Character.isLetter(s.charAt(nameStart - 1))) {
                        nameStart--;
                    }
                    return functions.contains(s.substring(nameStart, nameEnd).toUpperCase(Locale.ROOT));
                }
                level--;
            }
        }
        return false;
    }

    static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asString().toUpperCase(Locale.ROOT)));
        return values;
    }

    static Finding finding(Rule rule, LineItem li, String message) {
        return new Finding(rule, li.moduleId(), li.moduleName(), li.id(), li.name(), message);
    }
}
