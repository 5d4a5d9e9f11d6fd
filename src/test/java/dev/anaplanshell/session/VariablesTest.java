package dev.anaplanshell.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.core.Tokenizer;

import org.junit.jupiter.api.Test;

/** Expansion of {@code ${NAME}} and {@code ${env:NAME}} before a line is split into words. */
class VariablesTest {

    private final Variables variables = new Variables(Map.of("MODEL", "FP&A Plan", "DIR", "/tmp/out"),
            name -> name.equals("HOME") ? "/home/me" : null);

    @Test
    void should_expand_a_value_with_spaces_as_one_word() {
        assertThat(Tokenizer.words(variables.expand("use-model ${MODEL}"))).containsExactly("use-model", "FP&A Plan");
        assertThat(Tokenizer.words(variables.expand("lineitems export ${DIR}/li.csv")))
                .containsExactly("lineitems", "export", "/tmp/out/li.csv");
    }

    @Test
    void should_expand_inside_double_quotes_but_never_inside_single_quotes() {
        variables.set("Q", "say \"hi\" \\o/");
        assertThat(Tokenizer.words(variables.expand("echo \"model ${MODEL}: ${Q}\"")))
                .containsExactly("echo", "model FP&A Plan: say \"hi\" \\o/");
        assertThat(Tokenizer.words(variables.expand("echo '${MODEL}'"))).containsExactly("echo", "${MODEL}");
        assertThat(Tokenizer.words(variables.expand("echo \\${MODEL}"))).containsExactly("echo", "${MODEL}");
    }

    @Test
    void should_not_expand_a_value_again() {
        variables.set("A", "${MODEL} 'x'");
        assertThat(Tokenizer.words(variables.expand("echo ${A}"))).containsExactly("echo", "${MODEL} 'x'");
    }

    @Test
    void should_read_environment_variables() {
        assertThat(Tokenizer.words(variables.expand("echo ${env:HOME}"))).containsExactly("echo", "/home/me");
    }

    @Test
    void should_fail_with_usage_for_undefined_or_malformed_references_never_expanding_to_empty() {
        assertThatThrownBy(() -> variables.expand("use-model ${NOPE}")).isInstanceOf(ShellException.class)
                .hasMessageStartingWith("variable 'NOPE' is not defined")
                .extracting(e -> ((ShellException) e).exitCode()).isEqualTo(2);
        assertThatThrownBy(() -> variables.expand("echo ${env:NOT_SET}"))
                .hasMessage("environment variable 'NOT_SET' is not set");
        assertThatThrownBy(() -> variables.expand("echo ${MODEL")).hasMessageStartingWith("unclosed '${'");
        assertThatThrownBy(() -> variables.expand("echo ${1A}")).hasMessageStartingWith("invalid variable name");
        assertThatThrownBy(() -> variables.set("a-b", "x")).hasMessageStartingWith("invalid variable name");
    }

    @Test
    void should_expand_an_empty_value_to_an_empty_word() {
        variables.set("E", "");
        assertThat(Tokenizer.words(variables.expand("echo ${E} x"))).containsExactly("echo", "", "x");
    }

    @Test
    void should_list_unset_and_remember_the_command_line_names() {
        variables.set("X", "1");
        assertThat(variables.all()).containsEntry("X", "1").containsEntry("MODEL", "FP&A Plan");
        assertThat(variables.unset("X")).isTrue();
        assertThat(variables.unset("X")).isFalse();
        assertThat(variables.fromCommandLine()).containsExactlyInAnyOrder("MODEL", "DIR");
    }
}
