package dev.anaplanshell.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks rules can run, by name, and running a rule set over a model. */
public final class Checks {

    /** Every check by the name a rule's {@code check} gives. */
    static final Map<String, Check> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("long-formula", FormulaChecks::longFormula);
        NAMES.put("nested-if", FormulaChecks::nestedIf);
        NAMES.put("hard-coded-number", FormulaChecks::hardCodedNumber);
        NAMES.put("sum-and-lookup", FormulaChecks::sumAndLookup);
        NAMES.put("text-on-large-cells", FormulaChecks::textOnLargeCells);
        NAMES.put("summary-format", ModelChecks::summaryFormat);
        NAMES.put("duplicate-formula", ModelChecks::duplicateFormula);
        NAMES.put("unreferenced", ModelChecks::unreferenced);
        NAMES.put("module-naming", ModelChecks::moduleNaming);
    }

    private Checks() {
    }

    /** The findings on one module (by ID), or all of them when {@code moduleId} is null. */
    public static List<Finding> inModule(List<Finding> findings, String moduleId) {
        return moduleId == null ? findings : findings.stream().filter(f -> moduleId.equals(f.moduleId())).toList();
    }

    /** How many findings are at or above {@code threshold}. */
    public static long count(List<Finding> findings, Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }

    /** The findings of every rule, in model order (modules, then line items), most severe first within one. */
    public static List<Finding> run(List<Rule> rules, LintModel model) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            NAMES.get(rule.check()).run(rule, model, findings::add);
        }
        Map<String, Integer> moduleOrder = new LinkedHashMap<>();
        model.modules().keySet().forEach(id -> moduleOrder.put(id, moduleOrder.size()));
        Map<String, Integer> itemOrder = new LinkedHashMap<>();
        model.lineItems().forEach(li -> itemOrder.put(li.id(), itemOrder.size()));
        findings.sort(Comparator.comparingInt((Finding f) -> moduleOrder.getOrDefault(f.moduleId(), -1))
                .thenComparingInt(f -> f.lineItemId() == null ? -1 : itemOrder.getOrDefault(f.lineItemId(), -1))
                .thenComparing(Finding::severity));
        return findings;
    }
}
