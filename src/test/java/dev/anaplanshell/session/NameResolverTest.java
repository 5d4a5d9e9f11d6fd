package dev.anaplanshell.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;

import dev.anaplanshell.core.ShellException;

import org.junit.jupiter.api.Test;

class NameResolverTest {

    record Thing(String id, String name) {
    }

    private static final List<Thing> THINGS = List.of(new Thing("A1", "FP&A Plan"), new Thing("B2", "Sales Forecast"),
            new Thing("C3", "sales forecast"), new Thing("D4", "Workforce Plan"));

    private static Thing resolve(String input) {
        return NameResolver.resolve("Model", input, THINGS, Thing::id, Thing::name, "in workspace 'Demo'");
    }

    @Test
    void should_find_by_exact_id_then_by_name_ignoring_case() {
        assertThat(resolve("A1").name()).isEqualTo("FP&A Plan");
        assertThat(resolve("fp&a plan").id()).isEqualTo("A1");
        assertThat(resolve("  Workforce Plan ").id()).isEqualTo("D4");
        assertThat(resolve("d4").id()).isEqualTo("D4");
    }

    @Test
    void should_fail_with_exit_code_4_and_suggest_close_names() {
        assertThatThrownBy(() -> resolve("FP&A Pln")).isInstanceOfSatisfying(ShellException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(4);
            assertThat(e.getMessage()).isEqualTo(
                    "Model 'FP&A Pln' not found in workspace 'Demo' (did you mean 'FP&A Plan'?)");
        });
    }

    @Test
    void should_list_the_candidates_of_an_ambiguous_name_with_exit_code_2() {
        assertThatThrownBy(() -> resolve("SALES FORECAST")).isInstanceOfSatisfying(ShellException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).contains("'Sales Forecast' (B2)", "'sales forecast' (C3)", "use the ID");
        });
    }

    @Test
    void should_name_all_candidates_when_nothing_is_close_and_there_are_few() {
        List<Thing> two = THINGS.subList(0, 2);
        assertThatThrownBy(() -> NameResolver.resolve("Model", "zzzzzzzzzzzz", two, Thing::id, Thing::name, ""))
                .hasMessage("Model 'zzzzzzzzzzzz' not found (available: 'FP&A Plan', 'Sales Forecast')");
        assertThatThrownBy(() -> NameResolver.resolve("Model", "x", List.<Thing>of(), Thing::id, Thing::name, ""))
                .hasMessage("Model 'x' not found (there are none)");
    }

    @Test
    void should_refuse_an_empty_name() {
        Function<String, Thing> r = NameResolverTest::resolve;
        assertThatThrownBy(() -> r.apply(" ")).isInstanceOfSatisfying(ShellException.class,
                e -> assertThat(e.exitCode()).isEqualTo(2));
    }
}
