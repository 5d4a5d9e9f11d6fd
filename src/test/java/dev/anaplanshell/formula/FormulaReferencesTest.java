package dev.anaplanshell.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.core.ShellException;

import org.junit.jupiter.api.Test;

/** The client's own formula reading, on small hand-made models. */
class FormulaReferencesTest {

    private final List<LineItem> items = new ArrayList<>();

    @Test
    void should_resolve_quoted_unquoted_and_bare_references() {
        LineItem units = add("DAT02 Revenue Actuals", "Units Sold", null);
        LineItem cutoff = add("SYS02", "Cut-off", null);
        LineItem price = add("CAL01 Revenue", "List Price", null);
        LineItem rev = add("CAL01 Revenue", "Net Revenue", null);
        add("CAL01 Revenue", "Net Revenue PY", null);
        LineItem f = add("CAL01 Revenue", "Check",
                "IF SYS02.Cut-off > 0 THEN 'DAT02 Revenue Actuals'.Units Sold * List Price ELSE "
                        + "DAT02 Revenue Actuals.Units Sold + Net Revenue - net revenue");
        assertThat(refs(f)).containsExactly(cutoff, units, price, rev);
    }

    @Test
    void should_prefer_the_longest_name_and_respect_word_boundaries() {
        LineItem rev = add("M", "Net Revenue", null);
        LineItem py = add("M", "Net Revenue PY", null);
        add("M", "Sign", null);
        LineItem life = add("M", "Useful Life (Years)", null);
        LineItem f = add("M", "Growth", "DIVIDE(Net Revenue PY - Net Revenue, Signed) + Useful Life (Years)");
        assertThat(refs(f)).containsExactly(py, rev, life);
    }

    @Test
    void should_skip_strings_list_items_functions_and_itself() {
        add("M", "Actual", null);
        add("M", "Item", null);
        LineItem code = add("M", "Product Code", null);
        LineItem f = add("M", "Product", "IF Product = \"Actual\" THEN FINDITEM(Products, Product Code) ELSE "
                + "ITEM(Products)[SELECT: Versions.Actual] + 'Cost Centres'.'Actual'");
        assertThat(refs(f)).containsExactly(code);
    }

    @Test
    void should_resolve_mappings_in_brackets_and_quoted_line_item_names() {
        LineItem entity = add("SYS07 Region Attributes", "Legal Entity", null);
        LineItem own = add("CAL07", "Local Entity", null);
        LineItem odd = add("CAL07", "A+B", null);
        LineItem f = add("CAL07", "Receipts",
                "'CAL01'.Net[SUM: 'SYS07 Region Attributes'.Legal Entity] + x[LOOKUP: Local Entity] + 'A+B'");
        assertThat(refs(f)).containsExactly(entity, own, odd);
    }

    @Test
    void should_find_a_line_item_by_id_module_and_name_or_unique_name() {
        LineItem a = add("CAL01 Revenue", "Net Revenue", null);
        LineItem b = add("REP01 P&L Summary", "Net Revenue", null);
        LineItem c = add("REP01 P&L Summary", "EBITDA", null);
        LineItemIndex index = new LineItemIndex("Plan", items);
        assertThat(index.find(a.id())).isEqualTo(a);
        assertThat(index.find("'REP01 P&L Summary'.net revenue")).isEqualTo(b);
        assertThat(index.find("CAL01 Revenue.Net Revenue")).isEqualTo(a);
        assertThat(index.find("ebitda")).isEqualTo(c);
        assertThatThrownBy(() -> index.find("Net Revenue")).isInstanceOf(ShellException.class)
                .hasMessageContaining("'CAL01 Revenue'.Net Revenue, 'REP01 P&L Summary'.Net Revenue")
                .extracting(e -> ((ShellException) e).exitCode()).isEqualTo(2);
        assertThatThrownBy(() -> index.find("EBITDAA")).isInstanceOf(ShellException.class)
                .hasMessageContaining("did you mean 'EBITDA'")
                .extracting(e -> ((ShellException) e).exitCode()).isEqualTo(4);
        assertThatThrownBy(() -> index.find("'REP01 P&L Summary'.Net Revnue")).isInstanceOf(ShellException.class)
                .hasMessageContaining("in module 'REP01 P&L Summary'").hasMessageContaining("'Net Revenue'");
    }

    private List<LineItem> refs(LineItem item) {
        return new FormulaReferences(new LineItemIndex("Test", items)).of(item);
    }

    private LineItem add(String module, String name, String formula) {
        LineItem li = lineItem("206" + (100 + items.size()), module, name, formula, List.of());
        items.add(li);
        return li;
    }

    static LineItem lineItem(String id, String module, String name, String formula, List<NamedRef> referencedBy) {
        return new LineItem(id, name, "102" + module.hashCode(), module, formula, "NUMBER", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, referencedBy,
                null, null, null);
    }
}
