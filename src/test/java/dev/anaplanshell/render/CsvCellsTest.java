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
                printer.printRecord((Object[]) row);
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
}
