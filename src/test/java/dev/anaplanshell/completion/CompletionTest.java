package dev.anaplanshell.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.support.ShellHarness;

import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.jline.CommandCompleter;

/** Tab completion of live names, as the REPL's line reader asks for it. */
class CompletionTest {

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

    private List<Candidate> complete(String line) {
        ParsedLine parsed = parser.parse(line, line.length(), ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        shell.bean(CommandCompleter.class).complete(null, parsed, candidates);
        return candidates;
    }

    @Test
    void should_offer_nothing_but_commands_when_logged_out() {
        shell.ok("logout");
        assertThat(complete("use-model F")).isEmpty();
        assertThat(complete("lineitems ex")).extracting(Candidate::value).contains("export");
    }

    @Test
    void should_offer_live_model_names_and_ids_for_use_model() {
        shell.loggedIn();
        List<Candidate> candidates = complete("use-model FP");
        assertThat(candidates).extracting(Candidate::value).contains("FP&A Plan", "Sales Forecast", "Workforce Plan");
        String id = candidates.stream().filter(c -> c.value().equals("FP&A Plan")).findFirst().orElseThrow().descr();
        assertThat(candidates).extracting(Candidate::value).contains(id);
    }

    @Test
    void should_quote_a_completed_name_with_blanks_unless_the_user_opened_a_quote() {
        CompletingParsedLine bare = (CompletingParsedLine) parser.parse("use-model FP", 12, ParseContext.COMPLETE);
        assertThat(bare.escape("FP&A Plan", true)).hasToString("'FP&A Plan'");
        assertThat(bare.escape("Plain", true)).hasToString("Plain");
        CompletingParsedLine opened = (CompletingParsedLine) parser.parse("use-model \"FP", 13, ParseContext.COMPLETE);
        assertThat(opened.escape("FP&A Plan", true)).hasToString("\"FP&A Plan\"");
    }

    @Test
    void should_offer_modules_of_the_current_model_for_the_module_option_and_files_for_the_export_file() {
        shell.loggedIn().ok("use-model 'FP&A Plan'");
        assertThat(complete("lineitems list --module INP")).extracting(Candidate::value)
                .contains("INP01 Revenue Drivers", "INP04 Zürich Office Costs");
        assertThat(complete("lineitems export out.csv --module ")).extracting(Candidate::value)
                .contains("SYS01 Time Settings");
        assertThat(complete("lineitems list --")).extracting(Candidate::value).contains("--module", "--output");
        assertThat(complete("lineitems export ")).extracting(Candidate::value).doesNotContain("SYS01 Time Settings");
    }

    @Test
    void should_offer_workspaces_for_use_workspace() {
        shell.loggedIn();
        assertThat(complete("use-workspace ")).extracting(Candidate::value).contains("Acme Planning");
    }
}
