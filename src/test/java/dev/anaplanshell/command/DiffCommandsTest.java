package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lineitems diff} between the sandbox's FP&A Plan and its DEV copy, and {@code diff} of CSV files. */
class DiffCommandsTest {

    static final String DEV_AGAINST_PROD = "lineitems diff --model 'FP&A Plan (DEV)' --against 'FP&A Plan'";

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_report_exactly_the_planted_differences_between_the_dev_copy_and_the_original() throws Exception {
        JsonNode changes = json.readTree(shell.ok(DEV_AGAINST_PROD + " -o json"));
        assertThat(rows(changes)).containsExactly(
                "changed|CAL07 Cash Flow|Collections|formula|OFFSET(Cash Receipts, -ROUND(DSO Days / 30, 0), 0)"
                        + "|LAG(Cash Receipts, ROUND(DSO Days / 30, 0), 0)",
                "renamed|REP01 P&L Summary|Income Tax|name|Tax|Income Tax",
                "changed|REP01 P&L Summary|Net Income|formula|EBIT - Tax|EBIT - Income Tax",
                "added|CAL08 Scenario Adjustments||module||",
                "added|CAL08 Scenario Adjustments|Revenue Uplift %|||",
                "added|CAL08 Scenario Adjustments|Cost Savings %|||",
                "added|CAL08 Scenario Adjustments|Adjusted Net Revenue|||",
                "added|CAL08 Scenario Adjustments|Adjusted EBITDA|||");
    }

    @Test
    void should_turn_added_into_removed_the_other_way_round_and_default_to_the_current_model() throws Exception {
        JsonNode changes = json.readTree(shell.ok("lineitems diff --against 'FP&A Plan (DEV)' -o json"));
        assertThat(rows(changes)).contains("renamed|REP01 P&L Summary|Tax|name|Income Tax|Tax",
                "removed|CAL08 Scenario Adjustments||module||", "removed|CAL08 Scenario Adjustments|Adjusted EBITDA|||")
                .hasSize(8);
    }

    @Test
    void should_limit_to_one_module_and_exit_7_with_exit_code_only_when_there_are_differences() {
        Result one = shell.run(DEV_AGAINST_PROD + " --module 'rep01 p&l summary' --exit-code -o csv");
        assertThat(one.exitCode()).isEqualTo(7);
        assertThat(one.err()).isEqualTo("2 differences\n");
        assertThat(one.out()).startsWith("change,moduleName,name,field,old,new\r\n")
                .contains("renamed,REP01 P&L Summary,Income Tax,name,Tax,Income Tax\r\n");
        assertThat(one.out().lines()).hasSize(3);
        Result same = shell.run(DEV_AGAINST_PROD + " --module 'CAL01 Revenue' --exit-code");
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).contains("(0 rows)");
        assertThat(shell.run("lineitems diff --against 'FP&A Plan'").out()).contains("(0 rows)");
        assertThat(shell.run(DEV_AGAINST_PROD + " --module 'No Such Module'").exitCode()).isEqualTo(4);
        assertThat(shell.run("lineitems diff --model 'FP&A Plan (DEV)'").exitCode()).isEqualTo(2);
        assertThat(shell.run("lineitems diff --against 'No Such Model'").exitCode()).isEqualTo(4);
    }

    @Test
    void should_report_exactly_the_items_removed_from_a_list_in_the_dev_copy() {
        String csv = shell.ok("lists diff countries --model 'FP&A Plan (DEV)' --against 'FP&A Plan' -o csv");
        assertThat(csv.lines().toList()).containsExactly("change,list,item,field,old,new",
                "removed,Countries,Argentina,,,", "removed,Countries,Portugal,,,");
        assertThat(shell.ok("lists diff Regions --model 'FP&A Plan (DEV)' --against 'FP&A Plan' -o csv").lines())
                .containsExactly("change,list,item,field,old,new");
        Result r = shell.run("lists diff Countries --against 'FP&A Plan (DEV)' --exit-code -o csv");
        assertThat(r.exitCode()).isEqualTo(7);
        assertThat(r.out()).contains("added,Countries,Argentina,,,", "added,Countries,Portugal,,,");
        assertThat(shell.run("lists diff 'No Such List' --against 'FP&A Plan (DEV)'").exitCode()).isEqualTo(4);
        assertThat(shell.run("lists diff Countries").exitCode()).isEqualTo(2);
    }

    @Test
    void should_compare_two_line_item_exports_by_key_columns() throws Exception {
        Path prod = dir.resolve("prod.csv");
        Path dev = dir.resolve("dev.csv");
        shell.ok("lineitems export " + prod);
        shell.ok("use-model 'FP&A Plan (DEV)'");
        shell.ok("lineitems export " + dev);
        JsonNode changes = json.readTree(shell.ok("diff " + prod + " " + dev + " --key moduleName,name -o json"));
        List<String> rows = new ArrayList<>();
        changes.forEach(c -> rows.add(c.path("change").asString() + "|" + c.path("key").asString() + "|"
                + c.path("column").asString()));
        assertThat(rows).contains("added|REP01 P&L Summary|Income Tax|", "removed|REP01 P&L Summary|Tax|",
                "changed|REP01 P&L Summary|Net Income|formula", "changed|CAL07 Cash Flow|Collections|formula",
                "added|CAL08 Scenario Adjustments|Adjusted EBITDA|");
        JsonNode byId = json.readTree(shell.ok("diff " + prod + " " + dev + " --key id -o json"));
        assertThat(byId.findValuesAsString("change")).doesNotContain("removed");
        assertThat(byId.findParents("column").stream().filter(n -> n.path("column").asString().equals("name"))
                .map(n -> n.path("old").asString() + ">" + n.path("new").asString())).containsExactly("Tax>Income Tax");
        assertThat(shell.run("diff " + prod + " " + prod + " --key id --exit-code").exitCode()).isZero();
        assertThat(shell.run("diff " + prod + " " + dev + " --key id --exit-code").exitCode()).isEqualTo(7);
    }

    @Test
    void should_diff_any_csv_files_with_added_and_removed_columns_and_rows() throws Exception {
        Path old = write("old.csv", "id,name,amount\r\n1,a,10\r\n2,b,20\r\n3,c,30\r\n");
        Path neu = write("new.csv", "name,id,amount,region\n\"c\",3,31,EU\na,1,10,US\nd,4,40,EU\n");
        String csv = shell.ok("diff " + old + " " + neu + " --key id -o csv");
        assertThat(csv).isEqualTo("change,key,column,old,new\r\n"
                + "added,,region,,\r\n"
                + "changed,3,amount,30,31\r\n"
                + "added,4,,,\r\n"
                + "removed,2,,,\r\n");
        String table = shell.ok("diff " + old + " " + neu + " --key id,name");
        assertThat(table).contains("changed", "3|c", "(4 rows)");
    }

    @Test
    void should_refuse_unknown_key_columns_duplicate_keys_and_missing_files() throws Exception {
        Path a = write("a.csv", "id,name\n1,a\n1,b\n");
        Path b = write("b.csv", "id,name\n1,a\n");
        Result noKey = shell.run("diff " + a + " " + b + " --key code");
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("key column 'code' is not in").contains("(columns: id,name)").hasLineCount(1);
        Result dup = shell.run("diff " + a + " " + b + " --key id");
        assertThat(dup.exitCode()).isEqualTo(1);
        assertThat(dup.err()).contains("key '1' appears twice").hasLineCount(1);
        Result missing = shell.run("diff " + dir.resolve("nope.csv") + " " + b + " --key id");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
        assertThat(shell.run("diff " + a + " " + b).exitCode()).isEqualTo(2);
        assertThat(shell.run("diff " + a).exitCode()).isEqualTo(2);
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static List<String> rows(JsonNode changes) {
        List<String> rows = new ArrayList<>();
        for (JsonNode c : changes) {
            rows.add(String.join("|", c.path("change").asString(), c.path("moduleName").asString(),
                    c.path("name").asString(), c.path("field").asString(), c.path("old").asString(),
                    c.path("new").asString()));
        }
        return rows;
    }
}
