package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
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

/** {@code lineitems list} and {@code lineitems export} on the sandbox over HTTP. */
class LineItemCommandsTest {

    static final List<String> FIRST_COLUMNS = List.of("id", "name", "moduleId", "moduleName", "formula", "format");

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_export_all_line_items_to_csv_with_the_documented_columns() throws Exception {
        Path file = dir.resolve("li.csv");
        assertThat(shell.ok("lineitems export " + file)).matches("Exported \\d+ line items to .*li.csv\\n");
        List<CSVRecord> rows = read(file);
        JsonNode listed = json.readTree(shell.ok("lineitems list -o json"));
        assertThat(rows).hasSize(listed.size()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith(FIRST_COLUMNS.toArray(String[]::new))
                .contains("formatMetadata", "appliesTo", "version", "referencedBy", "notes");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("id")).isEqualTo(listed.get(i).path("id").asString());
        }
        assertThat(rows).anySatisfy(r -> assertThat(r.get("formatMetadata")).startsWith("{\"dataType\":"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("appliesTo")).contains(";"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void should_export_one_module_by_name() throws Exception {
        String module = json.readTree(shell.ok("modules list -o json")).get(0).path("name").asString();
        Path file = dir.resolve("module.csv");
        shell.ok("lineitems export " + file + " --module '" + module.toLowerCase() + "'");
        assertThat(read(file)).isNotEmpty().allSatisfy(r -> assertThat(r.get("moduleName")).isEqualTo(module));
    }

    @Test
    void should_leave_no_file_when_the_module_does_not_exist() {
        Path file = dir.resolve("none.csv");
        Result r = shell.run("lineitems export " + file + " --module 'No Such Module'");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(file).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void should_keep_the_previous_file_when_the_export_cannot_be_written() throws Exception {
        Path file = dir.resolve("keep.csv");
        Files.writeString(file, "previous");
        Result r = shell.run("lineitems export " + dir.resolve("missing-folder/x.csv"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("does not exist").hasLineCount(1);
        assertThat(Files.readString(file)).isEqualTo("previous");
    }

    @Test
    void should_list_line_items_of_a_module_as_a_table() {
        String table = shell.ok("lineitems list");
        assertThat(table).contains("formula").contains("rows)");
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
