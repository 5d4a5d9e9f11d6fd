package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lineitems lint} on the sandbox's FP&A Plan, whose module "Price Volume Bridge" carries planted violations. */
class LineItemLintTest {

    static final String BRIDGE = "Price Volume Bridge";

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_list_every_planted_violation_and_exit_7_with_exit_code() throws Exception {
        Result r = shell.run("lineitems lint --exit-code -o json");
        assertThat(r.exitCode()).isEqualTo(7);
        assertThat(r.err()).matches("\\d+ findings at or above warning\n");
        JsonNode findings = json.readTree(r.out());
        assertThat(rows(findings, BRIDGE)).containsExactly(
                "warning|module-naming|",
                "warning|long-formula|Price Effect",
                "warning|nested-if|Price Effect",
                "warning|hard-coded-number|Price Effect",
                "note|unreferenced|Total Bridge",
                "error|summary-format|Price Effect %",
                "note|unreferenced|Price Effect %",
                "warning|sum-and-lookup|Entity Revenue (Reporting Currency)",
                "note|unreferenced|Entity Revenue (Reporting Currency)",
                "warning|text-on-large-cells|Bridge Key",
                "note|unreferenced|Bridge Key",
                "note|duplicate-formula|Discounts and Returns",
                "note|unreferenced|Discounts and Returns");
        assertThat(message(findings, "nested-if", "Price Effect")).startsWith("4 nested IFs (more than 3)");
        assertThat(message(findings, "hard-coded-number", "Price Effect")).startsWith("hard-coded 1.1, 0.5:");
        assertThat(message(findings, "duplicate-formula", "Discounts and Returns"))
                .contains("'REP01 P&L Summary'.Discounts & Returns");
        assertThat(message(findings, "text-on-large-cells", "Bridge Key")).contains("2,322,432 cells");
    }

    @Test
    void should_gate_on_the_chosen_severity_and_one_module() {
        Result errors = shell.run("lineitems lint --exit-code --fail-on error -o csv");
        assertThat(errors.exitCode()).isEqualTo(7);
        assertThat(errors.err()).isEqualTo("1 finding at or above error\n");
        Result clean = shell.run("lineitems lint --module 'SYS02 Global Settings' --exit-code --fail-on note -o csv");
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).isEqualTo("severity,rule,moduleName,lineItem,id,message\r\n");
        Result notes = shell.run("lineitems lint -m 'cal03 opex' --exit-code --fail-on warning");
        assertThat(notes.exitCode()).isZero();
        assertThat(notes.out()).contains("unreferenced", "CAL03 Opex", "(1 row)").doesNotContain("Price Effect");
        assertThat(shell.run("lineitems lint -m 'CAL03 Opex' --exit-code --fail-on note").exitCode()).isEqualTo(7);
    }

    @Test
    void should_take_thresholds_severities_and_switched_off_rules_from_a_rules_file() throws Exception {
        Path rules = dir.resolve("team-rules.json");
        Files.writeString(rules, """
                {"rules": [
                  {"id": "hard-coded-number", "enabled": false},
                  {"id": "unreferenced", "enabled": false},
                  {"id": "long-formula", "params": {"maxLength": 300}},
                  {"id": "nested-if", "severity": "error"},
                  {"id": "very-long-formula", "check": "long-formula", "severity": "error",
                   "reason": "Nobody can review this", "docs": "wiki/formulas", "params": {"maxLength": 400}}
                ]}""");
        JsonNode findings = json.readTree(shell.ok("lineitems lint --rules " + rules + " -o json"));
        assertThat(findings.findValuesAsString("rule")).doesNotContain("hard-coded-number", "unreferenced");
        assertThat(rows(findings, "CAL01 Revenue")).isEmpty();
        assertThat(rows(findings, BRIDGE)).contains("warning|long-formula|Price Effect", "error|nested-if|Price Effect",
                "error|very-long-formula|Price Effect");
    }

    @Test
    void should_refuse_bad_rules_files_and_options_with_one_line() throws Exception {
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, "{\"rules\": [{\"id\": \"my-rule\", \"check\": \"no-such-check\"}]}");
        Result r = shell.run("lineitems lint --rules " + unknown);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + unknown + ": rule 'my-rule' is not a bundled rule").hasLineCount(1);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"rules\": [");
        assertThat(shell.run("lineitems lint --rules " + broken).exitCode()).isEqualTo(2);
        Path badSeverity = dir.resolve("severity.json");
        Files.writeString(badSeverity, "{\"rules\": [{\"id\": \"nested-if\", \"severity\": \"fatal\"}]}");
        assertThat(shell.run("lineitems lint --rules " + badSeverity).err()).contains("unknown severity 'fatal'");
        assertThat(shell.run("lineitems lint --rules " + dir.resolve("missing.json")).exitCode()).isEqualTo(4);
        assertThat(shell.run("lineitems lint -o xml").err()).isEqualTo(
                "error: unknown output format 'xml': use table, csv, json or sarif\n");
        assertThat(shell.run("lineitems lint --fail-on fatal").exitCode()).isEqualTo(2);
        assertThat(shell.run("lineitems lint -m 'No Such Module'").exitCode()).isEqualTo(4);
    }

    @Test
    void should_write_sarif_2_1_0_that_validates_against_the_schema() throws Exception {
        Path sarif = dir.resolve("lint.sarif");
        assertThat(shell.ok("lineitems lint -o sarif --out " + sarif)).startsWith("Wrote ").contains(" findings to ");
        JsonNode log = json.readTree(Files.readString(sarif));
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
        List<Error> errors = schema.validate(log);
        assertThat(errors).isEmpty();
        assertThat(log.path("version").asString()).isEqualTo("2.1.0");
        JsonNode run = log.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("rules").findValuesAsString("id")).contains("long-formula",
                "nested-if", "hard-coded-number", "sum-and-lookup", "text-on-large-cells", "summary-format",
                "duplicate-formula", "unreferenced", "module-naming");
        assertThat(run.path("results").findValuesAsString("fullyQualifiedName"))
                .contains("FP&A Plan/Price Volume Bridge/Price Effect %", "FP&A Plan/Price Volume Bridge");
        assertThat(run.path("results").findValuesAsString("level")).contains("error", "warning", "note");
        for (JsonNode result : run.path("results")) {
            JsonNode physical = result.path("locations").get(0).path("physicalLocation");
            assertThat(physical.path("artifactLocation").path("uri").asString()).startsWith("anaplan/FP&A%20Plan/");
            assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(1);
        }

        JsonNode broken = json.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");
        assertThat(schema.validate(broken)).isNotEmpty();
        assertThat(shell.ok("lineitems lint -o sarif -m 'Price Volume Bridge'")).startsWith("{").contains("\"ruleId\"");
    }

    @Test
    void should_point_sarif_results_at_the_rows_of_their_line_items_in_an_exported_csv() throws Exception {
        Path csv = dir.resolve("lineitems.csv");
        shell.ok("lineitems export " + csv);
        List<String> lines = Files.readAllLines(csv);
        Path sarif = dir.resolve("rows.sarif");
        shell.ok("lineitems lint -o sarif --out " + sarif + " --artifact " + csv);
        JsonNode results = json.readTree(Files.readString(sarif)).path("runs").get(0).path("results");
        assertThat(results.size()).isGreaterThan(20);
        for (JsonNode result : results) {
            JsonNode physical = result.path("locations").get(0).path("physicalLocation");
            assertThat(physical.path("artifactLocation").path("uri").asString()).isEqualTo(csv.toUri().toString());
            assertThat(physical.path("artifactLocation").has("uriBaseId")).isFalse();
            String line = lines.get(physical.path("region").path("startLine").asInt() - 1);
            String id = result.path("partialFingerprints").path("anaplanItem/v1").asString().split(":")[1];
            assertThat(line).as(result.path("message").path("text").asString()).contains(id);
        }

        Result missing = shell.run("lineitems lint -o sarif --out " + dir.resolve("none.sarif") + " --artifact "
                + dir.resolve("missing.csv"));
        assertThat(missing.exitCode()).isEqualTo(4);
        assertThat(dir.resolve("none.sarif")).doesNotExist();
        assertThat(shell.run("lineitems lint --artifact " + csv).exitCode()).isEqualTo(2);
    }

    private static List<String> rows(JsonNode findings, String module) {
        return java.util.stream.StreamSupport.stream(findings.spliterator(), false)
                .filter(f -> f.path("moduleName").asString().equals(module))
                .map(f -> f.path("severity").asString() + "|" + f.path("rule").asString() + "|"
                        + (f.path("lineItem").isNull() ? "" : f.path("lineItem").asString())).toList();
    }

    private static String message(JsonNode findings, String rule, String lineItem) {
        return java.util.stream.StreamSupport.stream(findings.spliterator(), false)
                .filter(f -> f.path("rule").asString().equals(rule) && f.path("lineItem").asString("").equals(lineItem))
                .findFirst().orElseThrow().path("message").asString();
    }
}
