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
import dev.anaplanshell.formula.Search;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Colour only on a real terminal's own writer, for tables, without NO_COLOR; matches in the last column. */
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
    void should_colour_only_tables_on_a_real_terminals_writer_without_no_color() {
        assertThat(Highlighter.enabled(OutputFormat.TABLE, null, xterm, xterm.writer())).isTrue();
        assertThat(Highlighter.enabled(OutputFormat.TABLE, "", xterm, xterm.writer())).isTrue();
        assertThat(Highlighter.enabled(OutputFormat.TABLE, "1", xterm, xterm.writer())).isFalse();
        assertThat(Highlighter.enabled(OutputFormat.CSV, null, xterm, xterm.writer())).isFalse();
        assertThat(Highlighter.enabled(OutputFormat.JSON, null, xterm, xterm.writer())).isFalse();
        assertThat(Highlighter.enabled(OutputFormat.TABLE, null, xterm, new PrintWriter(new StringWriter()))).isFalse();
        assertThat(Highlighter.enabled(OutputFormat.TABLE, null, dumb, dumb.writer())).isFalse();
        assertThat(Highlighter.enabled(OutputFormat.TABLE, null, null, xterm.writer())).isFalse();
    }

    @Test
    void should_highlight_every_match_in_the_last_column_and_nothing_else() {
        LineItem li = new LineItem("1", "DIVIDE check", "2", "M", "DIVIDE(a, b) + divide(c, d)", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        Search search = new Search("divide", false, false, EnumSet.of(Search.Field.FORMULA));
        StringWriter plain = new StringWriter();
        new Renderer().print(AnalysisColumns.GREP, search.hits(Stream.of(li)), OutputFormat.TABLE,
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
