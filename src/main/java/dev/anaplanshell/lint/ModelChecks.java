package dev.anaplanshell.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.formula.LineItemIndex;

import tools.jackson.databind.JsonNode;

/** Checks that compare line items with each other or with the model's settings and names. */
final class ModelChecks {

    private ModelChecks() {
    }

    /** {@code denied}: format kind ({@code PERCENTAGE} for percentages, else the format) to summaries that do not suit it. */
    static void summaryFormat(Rule rule, LintModel model, Consumer<Finding> out) {
        JsonNode denied = rule.params().path("denied");
        for (LineItem li : model.lineItems()) {
            String kind = kind(li);
            if (li.summary() != null && FormulaChecks.texts(denied.path(kind)).contains(li.summary().toUpperCase(Locale.ROOT))) {
                out.accept(FormulaChecks.finding(rule, li, "summary " + li.summary() + " on a " + kind.toLowerCase(Locale.ROOT)
                        + " line item: its totals mean nothing; use Formula, or None"));
            }
        }
    }

    /** The same formula, referencing the same line items, in more than one line item: calculate once, reference it. */
    static void duplicateFormula(Rule rule, LintModel model, Consumer<Finding> out) {
        int minLength = rule.intParam("minLength");
        Map<String, LineItem> first = new HashMap<>();
        for (LineItem li : model.lineItems()) {
            if (li.formula() == null || li.formula().strip().length() < minLength) {
                continue;
            }
            String key = li.formula().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT) + "|"
                    + model.references(li).stream().map(LineItem::id).collect(Collectors.joining(","));
            LineItem original = first.putIfAbsent(key, li);
            if (original != null) {
                out.accept(FormulaChecks.finding(rule, li, "same formula as " + LineItemIndex.display(original)
                        + ": reference that line item instead"));
            }
        }
    }

    /**
     * Line items nothing references, outside the output modules ({@code ignoreModules}, a regex on module names);
     * with {@code calculatedOnly}, only those with a formula (inputs are often kept for people to read). A line
     * item with a parent is used (its parent totals it), and so are access drivers.
     */
    static void unreferenced(Rule rule, LintModel model, Consumer<Finding> out) {
        Pattern ignore = pattern(rule, "ignoreModules");
        Set<String> used = new HashSet<>();
        for (LineItem li : model.lineItems()) {
            if (li.parent() != null) {
                used.add(li.id());
            }
            if (li.readAccessDriver() != null) {
                used.add(li.readAccessDriver().id());
            }
            if (li.writeAccessDriver() != null) {
                used.add(li.writeAccessDriver().id());
            }
        }
        boolean calculatedOnly = rule.params().path("calculatedOnly").asBoolean(false);
        for (LineItem li : model.lineItems()) {
            if (calculatedOnly && (li.formula() == null || li.formula().isBlank())) {
                continue;
            }
            boolean referenced = li.referencedBy() != null && !li.referencedBy().isEmpty();
            if (!referenced && !used.contains(li.id()) && !"NONE".equals(li.format())
                    && (ignore == null || !ignore.matcher(li.moduleName()).find())) {
                out.accept(FormulaChecks.finding(rule, li, "nothing references it: remove it, or say in its notes "
                        + "where it is used"));
            }
        }
    }

    /**
     * Module names that do not follow the model's own naming pattern: {@code pattern} (a regex) when set, else the
     * shape of the first word most modules share ({@code SYS01}, {@code CAL07}: letters then digits), when at least
     * {@code minShare} percent of the modules share it.
     */
    static void moduleNaming(Rule rule, LintModel model, Consumer<Finding> out) {
        Pattern given = pattern(rule, "pattern");
        Map<String, String> modules = model.modules();
        String shape = given == null ? dominantShape(modules.values(), rule.intParam("minShare")) : null;
        if (given == null && shape == null) {
            return;
        }
        for (Map.Entry<String, String> m : modules.entrySet()) {
            boolean fits = given != null ? given.matcher(m.getValue()).find() : shape.equals(shape(m.getValue()));
            if (!fits) {
                String expected = given != null ? "the pattern " + given.pattern()
                        : "the model's pattern (" + example(modules.values(), shape) + ")";
                out.accept(new Finding(rule, m.getKey(), m.getValue(), null, null,
                        "module name does not follow " + expected));
            }
        }
    }

    private static String kind(LineItem li) {
        if ("NUMBER".equals(li.format()) && li.formatMetadata() != null
                && "PERCENTAGE".equals(li.formatMetadata().path("unitsType").asString(""))) {
            return "PERCENTAGE";
        }
        return li.format() == null ? "" : li.format().toUpperCase(Locale.ROOT);
    }

    private static String dominantShape(java.util.Collection<String> names, int minSharePercent) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        names.forEach(n -> counts.merge(shape(n), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> !e.getKey().isEmpty() && e.getValue() * 100 >= minSharePercent * names.size())
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The shape of a name's first word when it is a code: {@code SYS01 Time} gives {@code AAA99}; else empty. */
    static String shape(String name) {
        String first = name.strip().split("\\s+", 2)[0];
        if (!first.matches("[A-Za-z]{1,6}[0-9]{1,6}[A-Za-z]?")) {
            return "";
        }
        return first.replaceAll("[A-Za-z]", "A").replaceAll("[0-9]", "9");
    }

    private static String example(java.util.Collection<String> names, String shape) {
        List<String> fitting = names.stream().filter(n -> shape.equals(shape(n))).limit(2).toList();
        return String.join(", ", fitting) + " ...";
    }

    private static Pattern pattern(Rule rule, String param) {
        String text = rule.textParam(param);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw ShellException.usage("rule '" + rule.id() + "': invalid " + param + " '" + text + "': "
                    + e.getDescription());
        }
    }
}
