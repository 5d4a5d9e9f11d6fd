package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cells write}, {@code versions list}, {@code calendar show}, {@code current-period show|set}. */
class CellAndCalendarCommandsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_write_cells_that_the_view_then_shows_and_reject_the_rest_with_exit_6() throws Exception {
        Path csv = dir.resolve("cells.csv");
        Files.writeString(csv, """
                lineItem,Products,Regions,Time,value
                Units Sold,Laptop 100,DACH,Jan 23,4242
                Net Sales,Laptop 100,DACH,Jan 23,1
                Units Sold,Laptop 100,Atlantis,Jan 23,5
                Units Sold,Laptop 100,DACH,Feb 23,many
                """);
        Path rejected = dir.resolve("rejected.csv");
        Result r = shell.run("cells write 'DAT02 Revenue Actuals' --yes --from " + csv + " --rejected " + rejected);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(6);
        assertThat(r.out()).contains("Changed 1, rejected 3 of 4 cells");
        String reasons = Files.readString(rejected);
        assertThat(reasons).contains("cellIsCalculated").contains("invalidItem").contains("valueDataTypeMismatch");
        Path view = dir.resolve("view.csv");
        shell.ok("views export 'DAT02 Revenue Actuals' " + view + " --pages 'Line Items=Units Sold'");
        assertThat(Files.readAllLines(view)).anySatisfy(l -> assertThat(l).startsWith("Laptop 100,DACH,4242,"));
    }

    @Test
    void should_refuse_a_cells_file_without_a_value_column() throws Exception {
        Path csv = dir.resolve("cells.csv");
        Files.writeString(csv, "lineItem,Regions\nUnits Sold,DACH\n");
        Result r = shell.run("cells write 'DAT02 Revenue Actuals' --yes --from " + csv);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("value").hasLineCount(1);
    }

    @Test
    void should_list_versions_and_show_the_calendar() throws Exception {
        JsonNode versions = json.readTree(shell.ok("versions list -o json"));
        assertThat(versions.findValuesAsString("name")).containsExactly("Actual", "Budget", "Forecast");
        assertThat(versions.get(0).path("isActual").asBoolean()).isTrue();
        JsonNode calendar = json.readTree(shell.ok("calendar show -o json"));
        assertThat(calendar.path("calendarType").asString()).isEqualTo("Calendar Months/Quarters/Years");
        assertThat(calendar.path("fiscalYear").asString()).isEqualTo("FY25");
    }

    @Test
    void should_set_show_and_reset_the_current_period() throws Exception {
        assertThat(shell.ok("current-period set 2024-03-15 --yes")).contains("Mar 24").contains("2024-03-31");
        assertThat(json.readTree(shell.ok("current-period show -o json")).path("periodText").asString())
                .isEqualTo("Mar 24");
        Result outside = shell.run("current-period set 2031-01-01 --yes");
        assertThat(outside.exitCode()).isEqualTo(1);
        assertThat(outside.err()).contains("out of timescale range");
        assertThat(shell.run("current-period set 15/03/2024 --yes").exitCode()).isEqualTo(2);
        assertThat(shell.ok("current-period set reset --yes")).contains("reset");
        shell.ok("current-period set 2025-05-20 --yes");
    }
}
