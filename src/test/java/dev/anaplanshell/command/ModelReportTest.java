package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code model report}: the file it writes (the browser's view of it is {@code ModelReportBrowserTest}). */
class ModelReportTest {

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");

    @Test
    void should_write_one_self_contained_file_with_the_data_safe_inside_its_script() throws Exception {
        Path file = dir.resolve("sales.html");
        assertThat(shell.ok("model report " + file + " --model 'Sales Forecast'"))
                .startsWith("Wrote the report of 'Sales Forecast' (").endsWith(" to " + file + "\n");
        String html = Files.readString(file);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>Sales Forecast</h1>", "<svg xmlns=")
                .doesNotContain("{{");
        assertThat(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find()).isFalse();
        assertThat(html).doesNotContain("<link ", "@import");
        String data = html.substring(html.indexOf("id=\"report-data\">"), html.indexOf("</script>"));
        assertThat(data).doesNotContain("<").contains("\\u003c");
    }

    @Test
    void should_refuse_an_unknown_model_or_a_missing_file_name_and_leave_no_file() {
        Path file = dir.resolve("none.html");
        Result unknown = shell.run("model report " + file + " --model 'No Such Model'");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).startsWith("error: Model 'No Such Model' not found").hasLineCount(1);
        assertThat(file).doesNotExist();
        assertThat(shell.run("model report").exitCode()).isEqualTo(2);
        Result unwritable = shell.run("model report " + dir.resolve("no/such/dir/r.html"));
        assertThat(unwritable.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("no")).doesNotExist();
    }
}
