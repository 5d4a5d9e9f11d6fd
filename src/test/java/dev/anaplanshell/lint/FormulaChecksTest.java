package dev.anaplanshell.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.formula.LineItemIndex;

import org.junit.jupiter.api.Test;

/** The formula reading behind the rules: IF depth, numbers that are hard-coded and those that are not. */
class FormulaChecksTest {

    @Test
    void should_count_if_nesting_through_else_if_chains_and_parentheses_but_not_in_strings() {
        assertThat(FormulaText.ifDepth(FormulaText.mask("IF a THEN b ELSE c"))).isEqualTo(1);
        assertThat(FormulaText.ifDepth(FormulaText.mask("IF a THEN 1 ELSE IF b THEN 2 ELSE IF c THEN 3 ELSE 4")))
                .isEqualTo(3);
        assertThat(FormulaText.ifDepth(FormulaText.mask("MAX(IF a THEN 1 ELSE 0, IF b THEN 2 ELSE 0)"))).isEqualTo(1);
        assertThat(FormulaText.ifDepth(FormulaText.mask("(IF a THEN 1 ELSE 0) + IF b THEN 2 ELSE 0"))).isEqualTo(1);
        assertThat(FormulaText.ifDepth(FormulaText.mask("\"IF IF IF\" & 'IF Rate'.Value"))).isZero();
        assertThat(FormulaText.ifDepth(FormulaText.mask("Gift Amount + Iffy"))).isZero();
    }

    @Test
    void should_flag_typed_in_numbers_but_not_names_strings_allowed_values_or_offsets() {
        assertThat(hardCoded("Item 001 * 1.05")).containsExactly("hard-coded 1.05");
        assertThat(hardCoded("'SCL0001 Scale Block'.Item 050 * 1")).isEmpty();
        assertThat(hardCoded("OFFSET(Item 001, -12, 0) + ROUND(Item 001 / 30, 2)")).containsExactly("hard-coded 30");
        assertThat(hardCoded("IF Item 001 > 0.4 THEN \"Top 10\" ELSE 0")).containsExactly("hard-coded 0.4");
        assertThat(hardCoded("Item 001 * 5 / 7")).containsExactly("hard-coded 5, 7");
    }

    private static List<String> hardCoded(String formula) {
        LineItem item = new LineItem("1", "Item 001", "M", "SCL0001 Scale Block", null, "NUMBER", null, "Sum", null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
        LineItem calc = new LineItem("2", "Calc", "M", "SCL0001 Scale Block", formula, "NUMBER", null, "Sum", null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
        LintModel model = new LintModel("Test", new LineItemIndex("Test", List.of(item, calc)), new LinkedHashMap<>());
        Rule rule = RuleSet.defaults().stream().filter(r -> r.id().equals("hard-coded-number")).findFirst().orElseThrow();
        List<String> found = new ArrayList<>();
        FormulaChecks.hardCodedNumber(rule, model, f -> found.add(f.message().substring(0, f.message().indexOf(':'))));
        return found;
    }
}
