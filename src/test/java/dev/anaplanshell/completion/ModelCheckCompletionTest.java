package dev.anaplanshell.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.shell.seam.QuotingParser;
import dev.anaplanshell.support.ShellHarness;

import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.jline.CommandCompleter;

/** Tab completion for {@code lineitems lint} and {@code model report}: live module and model names. */
class ModelCheckCompletionTest {

    @TempDir
    static Path home;
    private static ShellHarness shell;
    private final QuotingParser parser = new QuotingParser();

    @BeforeAll
    static void start() {
        shell = ShellHarness.start(home);
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    private List<String> complete(String line) {
        ParsedLine parsed = parser.parse(line, line.length(), ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        shell.bean(CommandCompleter.class).complete(null, parsed, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void should_offer_live_module_names_severities_and_formats_for_lint() {
        shell.loggedIn().ok("use-model 'FP&A Plan'");
        assertThat(complete("lineitems lint --module CAL")).contains("CAL01 Revenue", "CAL07 Cash Flow");
        assertThat(complete("lineitems lint --fail-on ")).containsExactly("error", "warning", "note");
        assertThat(complete("lineitems lint -o ")).contains("sarif", "csv");
        assertThat(complete("lineitems lint --")).contains("--module", "--rules", "--exit-code", "--fail-on");
    }

    @Test
    void should_offer_live_model_names_for_the_report_and_not_for_its_file() {
        shell.loggedIn().ok("use-model 'FP&A Plan'");
        assertThat(complete("model report out.html --model ")).contains("FP&A Plan", "Sales Forecast");
        assertThat(complete("model report ")).doesNotContain("FP&A Plan");
    }
}
