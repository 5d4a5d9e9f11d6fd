package dev.anaplanshell.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.formula.FormulaReferences;
import dev.anaplanshell.formula.LineItemIndex;

/** What the checks read: the model's line items, indexed, and its modules (ID to name) in model order. */
public final class LintModel {

    private final String name;
    private final LineItemIndex index;
    private final FormulaReferences references;
    private final Map<String, String> modules;

    public LintModel(String name, LineItemIndex index, Map<String, String> modules) {
        this.name = name;
        this.index = index;
        this.references = new FormulaReferences(index);
        this.modules = new LinkedHashMap<>(modules);
        for (LineItem li : index.all()) {
            this.modules.putIfAbsent(li.moduleId(), li.moduleName());
        }
    }

    public String name() {
        return name;
    }

    public List<LineItem> lineItems() {
        return index.all();
    }

    public LineItemIndex index() {
        return index;
    }

    public FormulaReferences references() {
        return references;
    }

    /** Module IDs to names, in model order. */
    public Map<String, String> modules() {
        return modules;
    }
}
