package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.support.ShellHarness;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code views list|show|export}, {@code dimensions items}, {@code lineitems dimensions} over HTTP. */
class ViewCommandsTest {

    static final String REVENUE = "'DAT02 Revenue Actuals'";

    @TempDir
    static Path home;
    @TempDir
    Path dir;

    private static ShellHarness shell;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void start() {
        shell = ShellHarness.start(home, SandboxOptions.builder().viewCells(1_000_010).build());
        shell.loggedIn();
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    @Test
    void should_list_views_of_the_model_and_of_one_module() throws Exception {
        shell.ok("use-model 'FP&A Plan'");
        JsonNode all = json.readTree(shell.ok("views list -o json"));
        JsonNode one = json.readTree(shell.ok("views list --module " + REVENUE + " -o json"));
        assertThat(all.size()).isGreaterThan(one.size());
        assertThat(one).hasSize(1);
        assertThat(one.get(0).path("name").asString()).isEqualTo("DAT02 Revenue Actuals");
    }

    @Test
    void should_show_the_axes_of_a_view() {
        shell.ok("use-model 'FP&A Plan'");
        String csv = shell.ok("views show " + REVENUE + " -o csv");
        assertThat(csv).contains("rows,101000000004,Products").contains("rows,101000000003,Regions")
                .contains("columns,20000000003,Time").contains("pages,101999999999,Line Items");
    }

    @Test
    void should_export_a_page_of_a_view_chosen_by_names_as_csv_and_json() throws Exception {
        shell.ok("use-model 'FP&A Plan'");
        Path csv = dir.resolve("revenue.csv");
        assertThat(shell.ok("views export " + REVENUE + " " + csv + " --pages 'line items=gross sales'"))
                .contains("Exported view 'DAT02 Revenue Actuals'").contains("(514 lines)");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("Gross Sales");
        assertThat(lines.get(1)).startsWith(",,Jan 23,Feb 23,");
        assertThat(lines.get(2)).startsWith("Laptop 100,North America,");
        Path out = dir.resolve("revenue.json");
        shell.ok("views export " + REVENUE + " " + out + " -o json --pages 'Line Items=Gross Sales'");
        JsonNode data = json.readTree(out.toFile());
        assertThat(data.path("pages").get(0).asString()).isEqualTo("Gross Sales");
        assertThat(data.path("rows")).hasSize(512);
        assertThat(data.path("rows").get(0).path("cells").get(0).asString())
                .isEqualTo(lines.get(2).split(",")[2]);
    }

    @Test
    void should_refuse_an_unknown_page_item_with_exit_4_and_leave_no_file() {
        shell.ok("use-model 'FP&A Plan'");
        Path file = dir.resolve("none.csv");
        Result r = shell.run("views export " + REVENUE + " " + file + " --pages 'Line Items=Gross Salez'");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("did you mean 'Gross Sales'");
        assertThat(file).doesNotExist();
    }

    @Test
    void should_switch_to_a_large_volume_read_past_a_million_cells() throws Exception {
        shell.ok("use-model 'Volume Model'");
        Path file = dir.resolve("volume.csv");
        assertThat(shell.ok("views export 'VOL01 Volume Data' " + file)).contains("large-volume read");
        try (var lines = Files.lines(file)) {
            assertThat(lines.count()).isEqualTo(100_001 + 1);
        }
        assertThat(Files.readAllLines(file).get(0)).startsWith("Volume Rows,Value 01,");
        Result json = shell.run("views export 'VOL01 Volume Data' " + dir.resolve("v.json") + " -o json");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.err()).contains("1,000,000");
    }

    @Test
    void should_list_dimension_items_and_line_item_dimensions() throws Exception {
        shell.ok("use-model 'FP&A Plan'");
        JsonNode regions = json.readTree(shell.ok("dimensions items regions -o json"));
        assertThat(regions.findValuesAsString("name")).startsWith("North America", "Latin America");
        assertThat(json.readTree(shell.ok("dimensions items Versions -o json")).findValuesAsString("name"))
                .containsExactly("Actual", "Budget", "Forecast");
        JsonNode dims = json.readTree(shell.ok("lineitems dimensions 'Units Sold' -o json"));
        assertThat(dims.findValuesAsString("name")).containsExactly("Time", "Products", "Regions");
        // named as lineitems refs names it: Module.Line Item resolves through the same index
        JsonNode qualified = json.readTree(
                shell.ok("lineitems dimensions \"'DAT02 Revenue Actuals'.Units Sold\" -o json"));
        assertThat(qualified.findValuesAsString("name")).containsExactly("Time", "Products", "Regions");
    }
}
