package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.anaplanshell.shell.ScriptLines.Line;

import org.junit.jupiter.api.Test;

/** Comments, blank lines and trailing-backslash continuation; commands numbered by the line they start on. */
class ScriptLinesTest {

    @Test
    void should_skip_comments_and_blank_lines_and_number_commands_by_their_first_line() {
        List<Line> lines = ScriptLines.of(List.of("\uFEFF# nightly", "", "use-model 'FP&A Plan'",
                "lineitems export out.csv \\", "    --module INP01", "  # indented comment", "status"));
        assertThat(lines).containsExactly(new Line(3, "use-model 'FP&A Plan'"),
                new Line(4, "lineitems export out.csv     --module INP01"), new Line(7, "status"));
    }

    @Test
    void should_keep_an_escaped_backslash_at_the_end_and_end_a_continuation_at_the_last_line() {
        assertThat(ScriptLines.of(List.of("echo a\\\\", "echo b \\")))
                .containsExactly(new Line(1, "echo a\\\\"), new Line(2, "echo b"));
    }
}
