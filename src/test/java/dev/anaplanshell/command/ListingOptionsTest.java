package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --columns}, {@code --sort} and {@code --out} on every listing, whichever command prints it. */
class ListingOptionsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_print_only_the_chosen_columns_in_their_order_sorted_descending() {
        List<String> rows = shell.ok("models list --all --columns name,id --sort -name -o csv").lines().toList();

        assertThat(rows.get(0)).isEqualTo("name,id");
        List<String> names = rows.subList(1, rows.size()).stream().map(r -> r.substring(0, r.lastIndexOf(',')))
                .toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed()).contains("FP&A Plan");
    }

    @Test
    void should_sort_numbers_by_value_and_by_several_columns() throws Exception {
        JsonNode files = json.readTree(shell.ok("files list --sort chunkCount,-name --columns chunkCount,name -o json"));
        List<String> order = files.valueStream().map(f -> f.path("chunkCount").asInt() + " " + f.path("name")
                .asString()).toList();
        assertThat(order).containsExactly("0 Sales Units Grid.csv", "0 Sales Actuals.csv", "0 Products.csv",
                "1 Sales Actuals.csv", "1 Products.csv");
        assertThat(files.get(0).propertyNames()).containsExactly("chunkCount", "name");
    }

    @Test
    void should_refuse_an_unknown_column_with_exit_code_2_naming_the_columns() {
        Result r = shell.run("lists list --sort size");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: unknown column 'size' for --sort: one of id, name\n");
    }

    @Test
    void should_write_any_listing_to_a_file_in_the_format_its_extension_names() throws Exception {
        Path csv = dir.resolve("modules.csv");
        Path js = dir.resolve("modules.json");
        Path txt = dir.resolve("modules.txt");

        assertThat(shell.ok("modules list --out " + csv)).startsWith("Wrote ").endsWith(" rows to " + csv + "\n");
        shell.ok("modules list --columns name --out " + js);
        shell.ok("modules list --out " + txt);

        assertThat(Files.readString(csv)).startsWith("id,name");
        assertThat(json.readTree(js.toFile()).get(0).propertyNames()).containsExactly("name");
        assertThat(Files.readString(txt)).contains("│name").contains(" rows)");
        shell.ok("modules list -o csv --out " + txt);
        assertThat(Files.readString(txt)).as("-o wins over the extension").startsWith("id,name");
    }

    @Test
    void should_refuse_an_out_file_of_unknown_format_and_write_nothing() {
        Path dat = dir.resolve("modules.dat");
        Result r = shell.run("modules list --out " + dat);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot tell the format of '" + dat + "'").hasLineCount(1);
        assertThat(dat).doesNotExist();
    }

    @Test
    void should_take_listing_options_on_listings_only_and_show_them_in_their_help() {
        Result r = shell.run("use-model 'FP&A Plan' --columns name");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown option '--columns'");
        assertThat(shell.ok("help models list")).contains("--columns A,B").contains("--sort COL[,-COL]")
                .contains("--out FILE");
        assertThat(shell.ok("status --columns value -o csv")).startsWith("value\r\n");
    }
}
