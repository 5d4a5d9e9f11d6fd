package dev.anaplanshell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.formula.FormulaColumns;
import dev.anaplanshell.formula.Search;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.shell.core.command.CommandContext;

/** Colour only where the launcher allows it, on a real terminal's own writer, for tables; matches in the last column. */
class HighlighterTest {

    private Terminal xterm;
    private Terminal dumb;

    @BeforeEach
    void terminals() throws Exception {
        xterm = new ExternalTerminal("test", "xterm-256color", new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        dumb = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() throws Exception {
        xterm.close();
        dumb.close();
    }

    @Test
    void should_colour_only_tables_on_a_real_terminals_writer_where_colour_is_allowed() {
        assertThat(Highlighter.enabled(OutputFormat.TABLE, true, xterm, xterm.writer())).isTrue();
        assertThat(Highlighter.enabled(OutputFormat.TABLE, false, xterm, xterm.writer())).isFalse();
        assertThat(Highlighter.enabled(OutputFormat.CSV, true, xterm, xterm.writer())).isFalse();
        assertThat(Highlighter.enabled(OutputFormat.JSON, true, xterm, xterm.writer())).isFalse();
        assertThat(Highlighter.enabled(OutputFormat.TABLE, true, xterm, new PrintWriter(new StringWriter()))).isFalse();
        assertThat(Highlighter.enabled(OutputFormat.TABLE, true, dumb, dumb.writer())).isFalse();
        assertThat(Highlighter.enabled(OutputFormat.TABLE, true, null, xterm.writer())).isFalse();
    }

    /**
     * {@code --no-color} (and {@code NO_COLOR}) reach grep's highlighting through the launcher's one decision,
     * {@link OutputSettings#color}: the same grep on the same terminal is coloured only when that says so.
     */
    @Test
    void should_highlight_grep_matches_only_when_the_output_settings_allow_colour() {
        assertThat(grepOnTheTerminal(new OutputSettings(false, null, true, false))).contains("\u001b[");
        assertThat(OutputSettings.colorWanted(true, null, true)).as("--no-color on a terminal").isFalse();
        assertThat(grepOnTheTerminal(new OutputSettings(false, null, false, false))).doesNotContain("\u001b[")
                .contains("DIVIDE(a, b)");
    }

    private String grepOnTheTerminal(OutputSettings settings) {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new ExternalTerminal("test", "xterm-256color", new ByteArrayInputStream(new byte[0]),
                screen, StandardCharsets.UTF_8)) {
            DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
            beans.registerSingleton("terminal", terminal);
            Output output = new Output(new Renderer(settings), beans.getBeanProvider(Terminal.class), settings);
            Search search = new Search("divide", false, false, EnumSet.of(Search.Field.FORMULA));
            output.listHighlighted(new CommandContext(null, null, terminal.writer(), null), FormulaColumns.GREP,
                    search.hits(Stream.of(divideCheck())), null, search::matches);
            terminal.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    private static LineItem divideCheck() {
        return new LineItem("1", "DIVIDE check", "2", "M", "DIVIDE(a, b) + divide(c, d)", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void should_highlight_every_match_in_the_last_column_and_nothing_else() {
        LineItem li = divideCheck();
        Search search = new Search("divide", false, false, EnumSet.of(Search.Field.FORMULA));
        StringWriter plain = new StringWriter();
        new Renderer().print(FormulaColumns.GREP, search.hits(Stream.of(li)), OutputFormat.TABLE,
                new PrintWriter(plain), 120);
        String coloured = Highlighter.lastColumn(plain.toString(), search::matches, xterm);

        String upper = new AttributedString("DIVIDE", Highlighter.MATCH).toAnsi(xterm);
        String lower = new AttributedString("divide", Highlighter.MATCH).toAnsi(xterm);
        assertThat(upper).startsWith("\u001b[").contains("31");
        assertThat(coloured).contains(upper + "(a, b) + " + lower + "(c, d)").contains("│DIVIDE check│");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.toString());
        assertThat(List.of(coloured.split("\n")).get(0)).doesNotContain("\u001b[");
    }
}
