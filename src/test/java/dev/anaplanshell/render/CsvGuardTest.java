package dev.anaplanshell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.shell.RunSettings;
import dev.anaplanshell.support.ShellHarness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV injection guard: on for Excel, on request for any CSV, off otherwise; the data itself otherwise kept. */
class CsvGuardTest {

    private static final String[] HOSTILE = {"=HYPERLINK(A1)", "+1+cmd|' /C calc'!A0", "-2+3",
        "@SUM(A1:A2)", "\tx", "\rx", "-5", "+1.5", "-1e-3", "plain", "", "a=b"};

    @TempDir
    Path dir;

    @Test
    void should_prefix_cells_a_spreadsheet_would_run_and_leave_numbers_and_text_alone() {
        assertThat(Stream.of(HOSTILE).map(CsvGuard::guard)).containsExactly("'=HYPERLINK(A1)",
                "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1:A2)", "'\tx", "'\rx", "-5", "+1.5", "-1e-3", "plain", "",
                "a=b");
    }

    @Test
    void should_guard_the_fast_export_path_with_excel_or_csv_safe_and_not_otherwise() throws Exception {
        Path plain = dir.resolve("plain.csv");
        Path excel = dir.resolve("excel.csv");
        Path safe = dir.resolve("safe.csv");
        Renderer renderer = new Renderer();
        renderer.exportCells(List.of("value"), Stream.of(HOSTILE).map(c -> new String[] {c}), plain, false);
        renderer.exportCells(List.of("value"), Stream.of(HOSTILE).map(c -> new String[] {c}), excel, true);
        renderer.exportCells(List.of("value"), Stream.of(HOSTILE).map(c -> new String[] {c}), safe, false, true);

        assertThat(Files.readString(plain)).contains("\r\n=HYPERLINK(").contains("\r\n@SUM");
        assertThat(Files.readString(excel)).startsWith("\uFEFF").contains("\r\n'=HYPERLINK(", "\r\n'@SUM",
                "\r\n'-2+3\r\n", "\r\n-5\r\n", "\r\n'\tx\r\n", "\r\n\"'\rx\"\r\n");
        assertThat(Files.readString(safe)).isEqualTo(Files.readString(excel).substring(1));
    }

    @Test
    void should_follow_the_launchers_choice_for_listings() {
        List<Column<String>> columns = List.of(Column.of("value", s -> s));
        assertThat(csv(new OutputSettings(false, null, false, false), columns)).contains("\r\n=HYPERLINK");
        assertThat(csv(new OutputSettings(false, null, false, true), columns)).contains("\r\n'=HYPERLINK");
        assertThat(csv(new OutputSettings(false, null, false, false, true, false), columns))
                .contains("\r\n'=HYPERLINK").doesNotContain("\uFEFF");
        assertThat(csv(new OutputSettings(false, null, false, true, false, false), columns))
                .as("--excel --no-csv-safe").contains("\r\n=HYPERLINK");
    }

    private static String csv(OutputSettings settings, List<Column<String>> columns) {
        StringWriter out = new StringWriter();
        new Renderer(settings).print(columns, Stream.of(HOSTILE), OutputFormat.CSV, new PrintWriter(out), 0);
        return out.toString();
    }

    @Test
    void should_guard_a_listing_saved_for_excel_from_the_sandbox() throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "name,code,parent,Currency\n=HYPERLINK(A1),HY1,DACH,EUR\n");
        Path out = dir.resolve("countries.csv");
        try (ShellHarness shell = ShellHarness.start(dir.resolve("home"),
                new RunSettings(Map.of(), false, new OutputSettings(false, null, false, true)))) {
            shell.loggedIn().ok("use-model 'FP&A Plan'");
            shell.ok("lists add Countries --from " + csv);
            shell.ok("lists items Countries -o csv --out " + out);
            assertThat(shell.ok("lists items Countries -o csv")).contains(",'=HYPERLINK(");
        }
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(",'=HYPERLINK(A1),HY1,");
    }
}
