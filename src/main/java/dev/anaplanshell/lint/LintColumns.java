package dev.anaplanshell.lint;

import java.util.List;

import dev.anaplanshell.render.Column;

/** The columns of {@code lineitems lint} in tables, CSV and JSON. */
public final class LintColumns {

    public static final List<Column<Finding>> FINDINGS = List.of(
            Column.of("severity", f -> f.severity().label()),
            Column.of("rule", f -> f.rule().id()),
            Column.of("moduleName", Finding::moduleName),
            Column.of("lineItem", Finding::lineItem),
            Column.of("id", f -> f.lineItemId() == null ? f.moduleId() : f.lineItemId()),
            Column.of("message", Finding::message));

    private LintColumns() {
    }
}
