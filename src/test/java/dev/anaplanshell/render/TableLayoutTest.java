package dev.anaplanshell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableLayoutTest {

    private static final String[] HEADER = {"id", "name", "memoryUsage", "lastModified", "formula"};
    private static final List<String[]> ROWS = List.<String[]>of(
            new String[] {"75A40874E6B64FA3AE0AB6B5E7A3D3A4", "Sales Forecast", "123456", "2024-05-01T10:00:00.000+0000",
                "IF Revenue > 0 THEN Revenue * Growth Rate ELSE PREVIOUS(Revenue) + Adjustment"},
            new String[] {"2", "FP&A Plan", "7", "2024-05-02T10:00:00.000+0000", "1"});

    @Test
    void should_keep_natural_widths_and_never_wrap_without_a_width() {
        List<String> lines = TableLayout.render(HEADER, ROWS, 0, false);

        assertThat(lines).hasSize(6);
        assertThat(lines.get(3)).contains("IF Revenue > 0 THEN Revenue * Growth Rate ELSE PREVIOUS(Revenue) + Adjustment");
    }

    @Test
    void should_fit_the_width_by_wrapping_text_only_and_keep_ids_and_dates_whole() {
        List<String> lines = TableLayout.render(HEADER, ROWS, 120, false);

        assertThat(lines).allMatch(l -> l.length() <= 120);
        assertThat(String.join("\n", lines)).contains("75A40874E6B64FA3AE0AB6B5E7A3D3A4", "2024-05-01T10:00:00.000+0000",
                "Sales Forecast");
        assertThat(lines.size()).as("the formula wraps onto more lines").isGreaterThan(6);
        assertThat(lines.get(0)).startsWith("┌").endsWith("┐");
    }

    @Test
    void should_right_align_numbers() {
        List<String> lines = TableLayout.render(HEADER, ROWS, 0, false);

        assertThat(lines.get(4)).contains("│          7│");
        assertThat(lines.get(3)).contains("│     123456│");
        assertThat(lines.get(1)).as("headers stay left").contains("│memoryUsage│");
    }

    @Test
    void should_show_each_row_as_a_block_when_a_row_cannot_fit() {
        List<String> lines = TableLayout.render(HEADER, ROWS, 60, false);

        assertThat(lines).allMatch(l -> l.length() <= 60);
        assertThat(lines.get(0)).startsWith("-[ RECORD 1 ]-");
        assertThat(lines).contains("id           | 75A40874E6B64FA3AE0AB6B5E7A3D3A4", "name         | Sales Forecast");
        assertThat(lines).anyMatch(l -> l.startsWith("-[ RECORD 2 ]-"));
    }

    @Test
    void should_show_blocks_when_asked_even_if_the_table_fits() {
        List<String> lines = TableLayout.render(new String[] {"id", "name"}, List.<String[]>of(new String[] {"1", "a"}),
                0, true);

        assertThat(lines).containsExactly("-[ RECORD 1 ]-", "id   | 1", "name | a");
    }

    @Test
    void should_share_the_width_fairly_between_long_text_columns() {
        String longText = "word ".repeat(40).strip();
        int[] widths = TableLayout.fit(new String[] {"id", "a", "b", "c"},
                new int[] {5, 199, 199, 10}, new boolean[] {false, true, true, true}, 80);

        assertThat(widths).containsExactly(5, 30, 30, 10);
        assertThat(TableLayout.wrap(longText, 30)).allMatch(l -> l.length() <= 30 && !l.startsWith(" "));
    }

    @Test
    void should_wrap_at_blanks_and_cut_words_longer_than_the_column() {
        assertThat(TableLayout.wrap("Sales Forecast", 10)).containsExactly("Sales", "Forecast");
        assertThat(TableLayout.wrap("ABCDEFGHIJKL", 5)).containsExactly("ABCDE", "FGHIJ", "KL");
        assertThat(TableLayout.width("日本")).isEqualTo(4);
    }
}
