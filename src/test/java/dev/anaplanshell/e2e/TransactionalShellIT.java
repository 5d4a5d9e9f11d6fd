package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.anaplanshell.e2e.ShellProcess.Run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on the transactional API: a million-item list and a million-cell view read under a 256 MB heap
 * with every row present, and a script that loads list items, reads them back and writes cells.
 */
class TransactionalShellIT {

    @TempDir
    Path dir;

    @Test
    void should_read_a_million_items_and_a_million_cells_in_256_mb() throws Exception {
        Path items = dir.resolve("items.csv");
        Path view = dir.resolve("view.csv");
        Path large = dir.resolve("view-large.csv");
        Path script = dir.resolve("volume.anaplan");
        Files.writeString(script, """
                use-model 'Volume Model'
                lists items 'Volume Items' -o csv --out %s
                views export 'VOL01 Volume Data' %s
                views export 'VOL01 Volume Data' %s --large
                """.formatted(items, view, large));
        Run run = ShellProcess.jar(dir).jvm("-Xmx256m").run("--sandbox", "--sandbox-list-items", "1000000",
                "--sandbox-view-cells", "1000000", "-f", script.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote 1000000 rows to " + items);

        List<String> itemEnds = ends(items);
        assertThat(itemEnds).containsExactly("id,name,code,parent,parentId,Weight", "1000001",
                "200001000000,Volume Item 1000000,VOL1000000,,,8.9");
        assertThat(ends(view)).containsExactly(
                ",Value 01,Value 02,Value 03,Value 04,Value 05,Value 06,Value 07,Value 08,Value 09,Value 10",
                "100001", ends(view).get(2)).satisfies(e -> assertThat(e.get(2)).startsWith("Volume Row 100000,"));
        assertThat(ends(large).get(1)).isEqualTo("100001");
        assertThat(ends(large).get(2)).isEqualTo(ends(view).get(2));
        assertRowsAreNumbered(view, 100_000);
    }

    @Test
    void should_load_list_items_read_them_back_and_write_cells_from_a_script() throws Exception {
        Path newItems = dir.resolve("new-countries.csv");
        Files.writeString(newItems, """
                name,code,parent,Currency
                Chile,CL,Latin America,CLP
                Peru,PE,Latin America,PEN
                """);
        Path cells = dir.resolve("cells.csv");
        Files.writeString(cells, """
                lineItem,Products,Regions,Time,value
                Units Sold,Laptop 100,DACH,Mar 24,777
                Gross Sales,Laptop 100,DACH,Mar 24,1234.5
                """);
        Path back = dir.resolve("countries.csv");
        Path data = dir.resolve("units.csv");
        Path script = dir.resolve("load.anaplan");
        Files.writeString(script, """
                use-model 'FP&A Plan'
                lists add Countries --from %s
                lists items Countries -o csv --out %s
                cells write 'DAT02 Revenue Actuals' --yes --from %s
                views export 'DAT02 Revenue Actuals' %s --pages 'Line Items=Units Sold'
                """.formatted(newItems, back, cells, data));
        Run run = ShellProcess.jar(dir).run("--sandbox", "-f", script.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Added 2, ignored 0, rejected 0 of 2 items in list 'Countries'")
                .contains("Changed 2, rejected 0 of 2 cells");
        List<String> countries = Files.readAllLines(back);
        assertThat(countries).hasSize(28);
        assertThat(countries.get(26)).contains(",Chile,CL,Latin America,").endsWith(",CLP");
        assertThat(countries.get(27)).contains(",Peru,PE,Latin America,").endsWith(",PEN");
        List<String> grid = Files.readAllLines(data);
        int march24 = List.of(grid.get(1).split(",")).indexOf("Mar 24");
        String dach = grid.stream().filter(l -> l.startsWith("Laptop 100,DACH,")).findFirst().orElseThrow();
        assertThat(dach.split(",")[march24]).isEqualTo("777");
    }

    @Test
    void should_add_the_valid_rows_write_the_invalid_ones_with_reasons_and_exit_6() throws Exception {
        Path csv = dir.resolve("regions.csv");
        Files.writeString(csv, """
                name,code,Manager
                Central Asia,CAS,ca@acme.example
                DACH,DUP,someone@acme.example
                Oceania,OCE,oc@acme.example
                """);
        Path rejected = dir.resolve("rejected.csv");
        Run run = ShellProcess.jar(dir).run("--sandbox", "-c", "use-model 'FP&A Plan'; lists add Regions --from " + csv + " --rejected "
                + rejected);
        assertThat(run.exitCode()).isEqualTo(6);
        assertThat(run.out()).contains("Added 2, ignored 0, rejected 1 of 3 items");
        assertThat(run.err()).as("a -c run of several commands names the one that failed")
                .startsWith("error: 'lists add Regions --from ").endsWith("': 1 of 3 rows rejected: see " + rejected
                        + "\n").hasLineCount(1);
        assertThat(Files.readAllLines(rejected)).containsExactly("name,code,Manager,reason",
                "DACH,DUP,someone@acme.example,INCOMPLETE_DATA: name 'DACH' already exists with code 'DACH'");
    }

    /** First line, line count, last line: without holding a million lines in the test either. */
    private static List<String> ends(Path file) throws IOException {
        String first = null;
        String last = null;
        long count = 0;
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (first == null) {
                    first = line;
                }
                last = line;
                count++;
            }
        }
        return List.of(first, Long.toString(count), last);
    }

    private static void assertRowsAreNumbered(Path file, int rows) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            reader.readLine();
            for (int i = 1; i <= rows; i++) {
                String line = reader.readLine();
                assertThat(line).startsWith(String.format("Volume Row %06d,", i));
                assertThat(line.split(",", -1)).hasSize(11);
            }
            assertThat(reader.readLine()).isNull();
        }
    }
}
