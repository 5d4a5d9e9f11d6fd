package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lists list|show|items|add|update|delete} on the sandbox's FP&A Plan over HTTP. */
class ListCommandsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_list_the_lists_of_the_model_in_every_format() throws Exception {
        JsonNode lists = json.readTree(shell.ok("lists list -o json"));
        assertThat(lists.findValuesAsString("name")).contains("Regions", "Countries", "Products", "Product Families",
                "Cost Centres");
        assertThat(shell.ok("lists list -o csv")).startsWith("id,name\r\n");
        assertThat(shell.ok("lists list")).contains("Regions").contains("rows)");
    }

    @Test
    void should_show_a_list_by_name_in_any_case() throws Exception {
        JsonNode fields = json.readTree(shell.ok("lists show countries -o json"));
        assertThat(fields.toString()).contains("\"parent\"").contains("Regions").contains("Currency (TEXT)");
    }

    @Test
    void should_show_a_list_as_one_json_object_with_typed_values() throws Exception {
        JsonNode list = json.readTree(shell.ok("lists show Products -o json"));
        assertThat(list.isObject()).isTrue();
        assertThat(list.path("itemCount").isNumber()).isTrue();
        assertThat(list.path("itemCount").asInt()).isEqualTo(64);
        assertThat(list.path("numberedList").isBoolean()).isTrue();
        assertThat(list.path("subsets").isArray()).isTrue();
        assertThat(shell.ok("lists show Products -o csv")).contains("itemCount,64\r\n");
    }

    @Test
    void should_suggest_a_close_name_for_an_unknown_list() {
        Result r = shell.run("lists items Regons");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("List 'Regons' not found").contains("did you mean 'Regions'").hasLineCount(1);
    }

    @Test
    void should_list_items_with_parents_properties_and_subsets() throws Exception {
        JsonNode items = json.readTree(shell.ok("lists items Countries -o json"));
        assertThat(items).hasSize(25);
        JsonNode germany = items.get(7);
        assertThat(germany.path("name").asString()).isEqualTo("Germany");
        assertThat(germany.path("parent").asString()).isEqualTo("DACH");
        assertThat(germany.path("Currency").asString()).isEqualTo("EUR");
        JsonNode products = json.readTree(shell.ok("lists items Products -o json"));
        assertThat(products).hasSize(64);
        assertThat(products.get(0).has("Active Products")).isTrue();
        assertThat(products.get(0).path("parent").asString()).isEqualTo("Laptops");
    }

    @Test
    void should_write_items_to_a_file_with_out() throws Exception {
        Path file = dir.resolve("regions.csv");
        assertThat(shell.ok("lists items Regions -o csv --out " + file)).isEqualTo("Wrote 8 rows to " + file + "\n");
        assertThat(read(file)).hasSize(8).first().satisfies(r -> assertThat(r.get("code")).isEqualTo("NAM"));
    }

    @Test
    void should_read_the_same_items_with_a_large_volume_read() throws Exception {
        JsonNode direct = json.readTree(shell.ok("lists items Countries -o json"));
        JsonNode large = json.readTree(shell.ok("lists items Countries --large -o json"));
        assertThat(large).hasSize(direct.size());
        for (int i = 0; i < direct.size(); i++) {
            assertThat(large.get(i).path("name")).isEqualTo(direct.get(i).path("name"));
            assertThat(large.get(i).path("parent")).isEqualTo(direct.get(i).path("parent"));
            assertThat(large.get(i).path("Currency")).isEqualTo(direct.get(i).path("Currency"));
        }
    }

    @Test
    void should_add_the_valid_rows_write_the_rejected_ones_and_exit_6() throws Exception {
        Path csv = dir.resolve("new.csv");
        Files.writeString(csv, """
                name,code,parent,Currency
                Chile,CL,Latin America,CLP
                Atlantis,AT2,Nowhere,XXX
                Peru,PE,Latin America,PEN
                ,NONAME,DACH,
                """);
        Path rejected = dir.resolve("rejected.csv");
        Result r = shell.run("lists add Countries --from " + csv + " --rejected " + rejected);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(6);
        assertThat(r.out()).contains("Added 2, ignored 0, rejected 2 of 4 items in list 'Countries'");
        assertThat(r.err()).contains("2 of 4 rows rejected: see " + rejected).hasLineCount(1);
        List<CSVRecord> rows = read(rejected);
        assertThat(rows).extracting(x -> x.get("code")).containsExactly("AT2", "NONAME");
        assertThat(rows.get(0).get("reason")).contains("parent").contains("Nowhere");
        assertThat(rows.get(1).get("reason")).contains("missing name");
        JsonNode items = json.readTree(shell.ok("lists items Countries -o json"));
        assertThat(items.findValuesAsString("name")).contains("Chile", "Peru").doesNotContain("Atlantis");

        Files.writeString(csv, "code,Currency\nCL,USD\nPE,USD\n");
        assertThat(shell.ok("lists update Countries --from " + csv)).contains("Updated 2");
        Files.writeString(csv, "code\nCL\nPE\n");
        assertThat(shell.ok("lists delete Countries --yes --from " + csv)).contains("Deleted 2");
        assertThat(json.readTree(shell.ok("lists items Countries -o json"))).hasSize(25);
    }

    @Test
    void should_refuse_a_malformed_csv_with_one_line_and_exit_2_sending_nothing() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "name,code\nNew Region,NEW\nBroken,\"unterminated\n");
        Result r = shell.run("lists add Regions --from " + csv);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(csv.toString()).hasLineCount(1);
        Files.writeString(csv, "name,flavour\nNew Region,sweet\n");
        Result unknown = shell.run("lists add Regions --from " + csv);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("flavour").hasLineCount(1);
        assertThat(json.readTree(shell.ok("lists items Regions -o json"))).hasSize(8);
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
