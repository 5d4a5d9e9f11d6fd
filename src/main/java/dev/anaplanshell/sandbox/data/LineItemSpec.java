package dev.anaplanshell.sandbox.data;

import java.util.List;

/**
 * A line item before ids are assigned: everything {@link SbLineItem} holds except ids, module and
 * {@code referencedBy}, which {@link ModelBuilder#build()} derives. Setters are fluent; unset dimensions
 * fall back to the module's.
 */
final class LineItemSpec {

    String name;
    Fmt fmt;
    String formula;
    String summary;
    List<SbRef> appliesTo;
    String timeScale;
    String timeRange;
    SbRef version;
    String formulaScope = "All Versions";
    String style = "Normal";
    String notes = "";
    String code;
    List<SbRef> dataTags = List.of();
    String parentName;
    String[] readDriver;
    String[] writeDriver;
    boolean isSummary;
    boolean useSwitchover;
    boolean breakback;
    boolean broughtForward;
    boolean startOfSection;

    LineItemSpec(String name, Fmt fmt, String formula) {
        this.name = name;
        this.fmt = fmt;
        this.formula = formula;
        this.summary = fmt.defaultSummary();
    }

    LineItemSpec name(String value) { name = value; return this; }
    LineItemSpec format(Fmt value) { fmt = value; return this; }
    LineItemSpec formula(String value) { formula = value; return this; }
    LineItemSpec summary(String value) { summary = value; return this; }
    LineItemSpec appliesTo(SbRef... refs) { appliesTo = List.of(refs); return this; }
    LineItemSpec timeScale(String value) { timeScale = value; return this; }
    LineItemSpec timeRange(String value) { timeRange = value; return this; }
    LineItemSpec version(SbRef value) { version = value; return this; }
    LineItemSpec scope(String value) { formulaScope = value; return this; }
    LineItemSpec style(String value) { style = value; return this; }
    LineItemSpec notes(String value) { notes = value; return this; }
    LineItemSpec code(String value) { code = value; return this; }
    LineItemSpec tags(SbRef... refs) { dataTags = List.of(refs); return this; }
    /** Parent line item in the same module (indented detail under a total). */
    LineItemSpec parent(String lineItem) { parentName = lineItem; return this; }
    LineItemSpec readAccess(String module, String lineItem) { readDriver = new String[] {module, lineItem}; return this; }
    LineItemSpec writeAccess(String module, String lineItem) { writeDriver = new String[] {module, lineItem}; return this; }
    LineItemSpec switchover() { useSwitchover = true; return this; }
    LineItemSpec breakback() { breakback = true; return this; }
    LineItemSpec broughtForward() { broughtForward = true; return this; }
    LineItemSpec section() { startOfSection = true; return this; }

    /** A total line in the Total style. */
    LineItemSpec total() { style = "Total"; return this; }

    /** A parent line item ("Is Summary"): it totals the line items whose parent it is. */
    LineItemSpec summaryParent() {
        isSummary = true;
        style = "Total";
        return this;
    }
}
