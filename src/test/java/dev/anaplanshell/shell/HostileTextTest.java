package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.render.Column;
import dev.anaplanshell.render.OutputFormat;
import dev.anaplanshell.render.Renderer;
import dev.anaplanshell.render.TerminalText;
import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and messages from a server (or a file) with terminal escape sequences: shown escaped in tables, messages
 * and errors, errors on one line; files and JSON keep the data.
 */
class HostileTextTest {

    /** Clipboard write (OSC 52), screen clear, a title, a hyperlink, C1 CSI, bell, backspace. */
    static final String EVIL = "Evil\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u001b]0;owned\u0007"
            + "\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\\u009b31m\b\u202e";

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");

    private static void assertNoControls(String text) {
        assertThat(text.chars().filter(c -> c == '\n' ? false : TerminalText.unsafe((char) c)).toArray())
                .as("control characters in %s", text).isEmpty();
    }

    @Test
    void should_show_control_characters_escaped_and_keep_them_only_in_files() throws Exception {
        Path csv = dir.resolve("evil.csv");
        Files.writeString(csv, "name,code,parent,Currency\n\"" + EVIL + "\",EV1,DACH,EUR\n");
        Result added = shell.run("lists add Countries --from " + csv);
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertNoControls(added.out());

        String table = shell.ok("lists items Countries");
        assertNoControls(table);
        assertThat(table).contains("Evil\\e]52;c;ZXZpbA==\\a\\e[2J\\e]0;owned\\a");
        assertThat(table).contains("\\x9b31m\\b\\u202e");
        String json = shell.ok("lists items Countries -o json");
        assertNoControls(json);
        assertThat(json).contains("\\u001B]52", "\\u009b31m");

        Path out = dir.resolve("items.csv");
        shell.ok("lists items Countries -o csv --out " + out);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).as("files keep the data").contains(EVIL);
    }

    @Test
    void should_answer_hostile_names_with_one_escaped_error_line() {
        Result r = shell.run("use-model 'FP&A\u001b[2J\nPlan\u009b'");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).hasLineCount(1).startsWith("error: ").contains("FP&A\\e[2J\\nPlan\\x9b");
        assertNoControls(r.err());

        Result echoed = shell.run("echo 'bell\u0007 nul\u0000 esc\u001b[31m'");
        assertThat(echoed.out()).isEqualTo("bell\\a nul\\0 esc\\e[31m\n");
    }

    @Test
    void should_print_a_servers_multi_line_error_as_one_line() {
        StringWriter err = new StringWriter();
        int code = new ErrorHandler(false).report(new AnaplanApiException(400,
                "bad request\n\u001b[2Jerror: fake second error\r\u001b]0;title\u0007", "/2/0/models"),
                new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).hasLineCount(1)
                .contains("bad request\\n\\e[2Jerror: fake second error\\r\\e]0;title\\a");
    }

    @Test
    void should_word_an_input_output_failure_in_one_line_without_internal_type_names() {
        StringWriter err = new StringWriter();
        int code = new ErrorHandler(false).report(new java.io.UncheckedIOException(
                new java.io.IOException("No space left on device")), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("error: input/output error: No space left on device\n");
    }

    @Test
    void should_escape_messages_and_table_cells_rendered_for_the_terminal() {
        Renderer renderer = new Renderer();
        StringWriter out = new StringWriter();
        renderer.message("Using model '" + EVIL + "'", new PrintWriter(out));
        renderer.print(List.of(Column.<String>of("na\u001bme", s -> s)), Stream.of(EVIL), OutputFormat.TABLE,
                new PrintWriter(out), 200);
        renderer.print(List.of(Column.<String>of("name", s -> s)), Stream.of(EVIL), OutputFormat.CSV,
                new PrintWriter(out), 200, true);
        assertNoControls(out.toString().replace("\r", ""));
        assertThat(out.toString()).startsWith("Using model 'Evil\\e]52;c;").contains("na\\eme");
    }

    @Test
    void should_leave_ordinary_text_as_it_is() {
        String plain = "FP&A Plan – Zürich 東京";
        assertThat(TerminalText.clean(plain)).isSameAs(plain);
    }
}
