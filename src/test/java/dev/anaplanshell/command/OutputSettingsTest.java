package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.anaplanshell.render.OutputFormat;
import dev.anaplanshell.render.OutputSettings;
import dev.anaplanshell.shell.RunSettings;
import dev.anaplanshell.support.ShellHarness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --quiet}, {@code -o json} and {@code --excel} at launch, applied by the one output path. */
class OutputSettingsTest {

    @TempDir
    Path home;
    @TempDir
    Path dir;

    @Test
    void should_print_messages_as_json_objects_and_listings_as_json_with_o_json_at_launch() {
        RunSettings run = new RunSettings(Map.of("M", "FP&A Plan"), false,
                new OutputSettings(false, OutputFormat.JSON, false, false));
        try (ShellHarness shell = ShellHarness.start(home, run)) {
            shell.loggedIn();
            assertThat(shell.ok("use-model ${M}")).startsWith("{\"message\":\"Using model 'FP&A Plan'").endsWith("}\n");
            assertThat(shell.ok("modules list")).startsWith("[").contains("\"name\" : \"SYS01 Time Settings\"");
            assertThat(shell.ok("modules list -o csv")).startsWith("id,name\r\n");
            assertThat(shell.ok("echo a \"b\"")).isEqualTo("{\"message\":\"a b\"}\n");
        }
    }

    @Test
    void should_print_only_data_with_quiet_and_a_bom_with_excel() throws Exception {
        RunSettings run = new RunSettings(Map.of(), false, new OutputSettings(true, null, false, true));
        try (ShellHarness shell = ShellHarness.start(home, run)) {
            assertThat(shell.ok("login --user demo@example.com")).isEmpty();
            assertThat(shell.ok("use-model 'FP&A Plan'")).isEmpty();
            assertThat(shell.ok("modules list -o csv")).startsWith("\uFEFFid,name\r\n");
            assertThat(shell.ok("echo still shown")).isEqualTo("still shown\n");
            Path csv = dir.resolve("li.csv");
            assertThat(shell.ok("lineitems export " + csv)).isEmpty();
            assertThat(Files.readString(csv)).startsWith("\uFEFFid,name,");
        }
    }

    @Test
    void should_write_a_bom_with_excel_on_the_export_only_when_asked() throws Exception {
        try (ShellHarness shell = ShellHarness.start(home)) {
            shell.loggedIn().ok("use-model 'FP&A Plan'");
            Path plain = dir.resolve("plain.csv");
            Path excel = dir.resolve("excel.csv");
            shell.ok("lineitems export " + plain + " --module 'INP04 Zürich Office Costs'");
            shell.ok("lineitems export " + excel + " --module 'INP04 Zürich Office Costs' --excel");
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            assertThat(Files.readAllBytes(excel)).startsWith(bom).endsWith("\r\n".getBytes());
            assertThat(Files.readString(plain)).startsWith("id,name,");
            assertThat(Files.readString(excel)).isEqualTo("\uFEFF" + Files.readString(plain));
        }
    }

    @Test
    void should_want_colour_only_on_a_terminal_without_no_color() {
        assertThat(OutputSettings.colorWanted(false, null, true)).isTrue();
        assertThat(OutputSettings.colorWanted(false, "", true)).isTrue();
        assertThat(OutputSettings.colorWanted(false, "1", true)).isFalse();
        assertThat(OutputSettings.colorWanted(true, null, true)).isFalse();
        assertThat(OutputSettings.colorWanted(false, null, false)).isFalse();
    }
}
