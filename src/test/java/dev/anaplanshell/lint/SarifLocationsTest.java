package dev.anaplanshell.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.ShellException;

import org.junit.jupiter.api.Test;

/** Where SARIF results point: rows of a line-item CSV (multi-line cells counted), or the model and module. */
class SarifLocationsTest {

    @Test
    void should_point_at_the_row_of_each_line_item_and_a_module_at_its_first_row() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "sarif-locations"));
        Path csv = dir.resolve("line items.csv");
        Files.writeString(csv, """
                id,name,moduleId,moduleName,formula
                1,Revenue,10,SYS01 Time,"IF a
                THEN b
                ELSE c"
                2,Cost,10,SYS01 Time,
                3,Margin,20,CAL01 P&L,Revenue - Cost
                """);
        SarifLocations where = SarifLocations.ofCsv(csv);
        assertThat(where.uri(finding("10", "2"))).isEqualTo("target/sarif-locations/line%20items.csv");
        assertThat(where.uriBaseId()).isEqualTo("%SRCROOT%");
        assertThat(where.line(finding("10", "1"))).isEqualTo(2);
        assertThat(where.line(finding("10", "2"))).isEqualTo(5);
        assertThat(where.line(finding("20", "3"))).isEqualTo(6);
        assertThat(where.line(finding("20", null))).isEqualTo(6);
        assertThat(where.line(finding("99", "404"))).isEqualTo(1);

        SarifLocations absolute = SarifLocations.ofCsv(csv.toAbsolutePath());
        assertThat(absolute.uri(finding("10", "1"))).startsWith("file:/").endsWith("/line%20items.csv");
        assertThat(absolute.uriBaseId()).isNull();
    }

    @Test
    void should_name_model_and_module_without_a_file() {
        SarifLocations where = SarifLocations.ofModel("FP&A Plan");
        assertThat(where.uri(finding("10", "1"))).isEqualTo("anaplan/FP&A%20Plan/SYS01%20Time");
        assertThat(where.line(finding("10", "1"))).isEqualTo(1);
        assertThat(where.uriBaseId()).isEqualTo("%SRCROOT%");
    }

    @Test
    void should_refuse_a_device_or_a_folder_as_every_named_input_is_and_say_when_the_file_is_missing() {
        assertThatThrownBy(() -> SarifLocations.ofCsv(Path.of("/dev/zero"))).isInstanceOf(ShellException.class)
                .hasMessage("cannot read /dev/zero: it is a device, not a file")
                .extracting(e -> ((ShellException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThatThrownBy(() -> SarifLocations.ofCsv(Path.of("target"))).hasMessage("cannot read target: it is a "
                + "directory");
        assertThatThrownBy(() -> SarifLocations.ofCsv(Path.of("target", "none.csv")))
                .hasMessage("artifact file not found: target/none.csv");
    }

    private static Finding finding(String moduleId, String lineItemId) {
        return new Finding(null, moduleId, "SYS01 Time", lineItemId, lineItemId == null ? null : "Item", "message");
    }
}
