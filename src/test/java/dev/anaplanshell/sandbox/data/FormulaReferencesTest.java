package dev.anaplanshell.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FormulaReferencesTest {

    private final FormulaReferences references = new FormulaReferences(Map.of(
            "CAL01 Revenue", Map.of("Net Revenue", 0, "Net Revenue PY", 1, "Price", 2, "P&L Line", 3),
            "SYS01_Time", Map.of("Is Actual?", 4, "Month End", 5),
            "INP04 Zürich Office Costs", Map.of("Total CHF", 6, "CHF/USD Rate", 7)), 20);

    @Test
    void should_prefer_the_longest_bare_name_of_the_same_module() {
        assertThat(references.scan("DIVIDE(Net Revenue - Net Revenue PY, Net Revenue PY)", "CAL01 Revenue"))
                .containsExactly(0, 1);
    }

    @Test
    void should_resolve_quoted_and_unquoted_module_references() {
        assertThat(references.scan("IF SYS01_Time.Is Actual? THEN 'INP04 Zürich Office Costs'.Total CHF * "
                + "'INP04 Zürich Office Costs'.CHF/USD Rate ELSE Price", "CAL01 Revenue")).containsExactly(4, 6, 7, 2);
    }

    @Test
    void should_skip_strings_list_items_and_list_properties() {
        assertThat(references.scan("IF P&L Line = 'P&L Lines'.Price THEN \"Price\" ELSE Products.Price Band",
                "CAL01 Revenue")).containsExactly(3);
        assertThat(references.scan("Net Revenue[SELECT: Versions.Actual, LOOKUP: 'Cost Centres'.'Net Revenue']",
                "CAL01 Revenue")).containsExactly(0);
    }

    @Test
    void should_fail_on_an_unknown_line_item_of_a_known_module() {
        assertThatThrownBy(() -> references.scan("'INP04 Zürich Office Costs'.Total EUR", "CAL01 Revenue"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("INP04 Zürich Office Costs");
    }
}
