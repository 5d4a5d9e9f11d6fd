package dev.anaplanshell.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.formula.FormulaReferences;
import dev.anaplanshell.formula.LineItemIndex;

/** What the checks read: the model's line items, indexed, and its modules (ID to name) in model order. */
public final class LintModel {

    private final String name;
    private final LineItemIndex index;
    private final FormulaReferences references;
    private final Map<String, String> modules;
    private final Map<LineItem, List<FormulaReferences.Span>> spans = new java.util.IdentityHashMap<>();

    public LintModel(String name, LineItemIndex index, Map<String, String> modules) {
        this.name = name;
        this.index = index;
        this.references = new FormulaReferences(index);
        this.modules = new LinkedHashMap<>(modules);
        for (LineItem li : index.all()) {
            this.modules.putIfAbsent(li.moduleId(), li.moduleName());
        }
    }

    /** The checks' view of a model: its line items and its modules, in model order. */
    public static LintModel of(String name, List<LineItem> lineItems, List<Module> modules) {
        Map<String, String> names = new LinkedHashMap<>();
        modules.forEach(m -> names.putIfAbsent(m.id(), m.name()));
        return new LintModel(name, new LineItemIndex(name, lineItems), names);
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

    /** Where the line item's formula references line items, read once per line item. */
    public List<FormulaReferences.Span> spans(LineItem item) {
        return spans.computeIfAbsent(item, references::spans);
    }

    /** What the line item's formula references, in order of first appearance, without itself. */
    public List<LineItem> references(LineItem item) {
        List<LineItem> found = new java.util.ArrayList<>();
        for (FormulaReferences.Span span : spans(item)) {
            if (span.item() != item && !found.contains(span.item())) {
                found.add(span.item());
            }
        }
        return found;
    }

    /** Module IDs to names, in model order. */
    public Map<String, String> modules() {
        return modules;
    }
}
