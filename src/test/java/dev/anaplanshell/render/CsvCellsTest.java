package dev.anaplanshell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows of text cells written as CSV: byte for byte what Commons CSV writes, whatever the cells hold. */
class CsvCellsTest {

    private static final String[] TRICKY = {"", " ", "plain", "Item 001", "a,b", "say \"hi\"", "line\nbreak", "cr\r",
        "#comment", "!bang", "\"", "trailing ", " leading", "tab\t", "back\\slash", "é€ü", "{\"a\":1}", "x;y", "-1.5",
        "=SUM(A1)", "'quoted'", "\u0000nul", ",", "\r\n", "日本語", "emoji \uD83D\uDE00", "lone \uD800", "\u007Fdel",
        "ä\"quoted\"", "ä,b", "#é", "\u00A0nbsp\u00A0"};

    @TempDir
    Path dir;

    private static String commons(List<String> header, List<String[]> rows) throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (String[] row : rows) {
                // empty cells as nothing wherever they are (Commons CSV quotes one at a record's start), unless alone
                printer.printRecord(Stream.of(row).map(c -> c.isEmpty() && row.length > 1 ? null : c).toArray());
            }
        }
        return out.toString();
    }

    @Test
    void should_write_every_kind_of_cell_exactly_as_commons_csv_does() throws Exception {
        Random random = new Random(42);
        List<String[]> rows = new ArrayList<>();
        for (String first : TRICKY) {
            rows.add(new String[] {first, "x", ""});
        }
        for (int r = 0; r < 500; r++) {
            String[] row = new String[5];
            for (int c = 0; c < row.length; c++) {
                row[c] = TRICKY[random.nextInt(TRICKY.length)] + (random.nextBoolean() ? "" : TRICKY[random.nextInt(TRICKY.length)]);
            }
            rows.add(row);
        }
        List<String> header = List.of("id", "name", "notes");
        Path file = dir.resolve("cells.csv");

        long count = new Renderer().exportCells(header, rows.stream(), file, false);

        assertThat(count).isEqualTo(rows.size());
        assertThat(Files.readAllBytes(file)).isEqualTo(commons(header, rows).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void should_start_with_a_byte_order_mark_for_excel() throws Exception {
        Path file = dir.resolve("excel.csv");
        new Renderer().exportCells(List.of("a"), Stream.<String[]>of(new String[] {"é"}), file, true);
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa\r\né\r\n");
    }

    @Test
    void should_write_every_empty_cell_as_nothing_in_listings_and_exports_alike() throws Exception {
        List<Column<String[]>> columns = List.of(Column.of("a", r -> r[0]), Column.of("b", r -> r[1]),
                Column.of("c", r -> r[2]));
        StringWriter listing = new StringWriter();
        new Renderer().print(columns, Stream.<String[]>of(new String[] {"", "", "x"}, new String[] {"y", "", ""}),
                dev.anaplanshell.render.OutputFormat.CSV, new java.io.PrintWriter(listing), 0);
        Path file = dir.resolve("empty.csv");
        new Renderer().exportCells(List.of("a", "b", "c"),
                Stream.<String[]>of(new String[] {"", "", "x"}, new String[] {"y", "", ""}), file, false);

        assertThat(listing.toString()).isEqualTo("a,b,c\r\n,,x\r\ny,,\r\n");
        assertThat(Files.readString(file)).isEqualTo(listing.toString());
    }

    @Test
    void should_quote_an_empty_cell_that_is_a_records_only_cell_so_the_row_is_not_a_blank_line() throws Exception {
        Path file = dir.resolve("one.csv");
        new Renderer().exportCells(List.of("a"), Stream.<String[]>of(new String[] {""}), file, false);
        assertThat(Files.readString(file)).isEqualTo("a\r\n\"\"\r\n");
    }
}
