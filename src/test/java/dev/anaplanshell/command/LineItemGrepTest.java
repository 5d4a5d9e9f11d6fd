package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import dev.anaplanshell.sandbox.data.DemoData;
import dev.anaplanshell.sandbox.data.SbLineItem;
import dev.anaplanshell.sandbox.data.SbModel;
import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lineitems grep} on the sandbox's FP&A Plan over HTTP, checked against the sandbox's own data. */
class LineItemGrepTest {

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");
    private static final SbModel FPA = DemoData.create(0).models().get(0);
    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"FINDITEM(", "DIVIDE(", "OFFSET(", "PREVIOUS(", "SELECT:", "YEARVALUE("})
    void should_find_every_formula_using_a_function(String function) throws Exception {
        List<String> expected = FPA.lineItems().stream()
                .filter(li -> li.formula() != null && li.formula().contains(function)).map(SbLineItem::id).toList();
        JsonNode hits = json.readTree(shell.ok("lineitems grep '" + function + "' --field formula -o json"));
        assertThat(hits.findValuesAsString("id")).isNotEmpty().containsExactlyElementsOf(expected);
        assertThat(hits.findValuesAsString("field")).containsOnly("formula");
    }

    @Test
    void should_match_a_regular_expression_on_word_boundaries() throws Exception {
        Pattern date = Pattern.compile("\\bDATE\\(|\\bEND\\(");
        List<String> expected = FPA.lineItems().stream()
                .filter(li -> li.formula() != null && date.matcher(li.formula()).find()).map(SbLineItem::id).toList();
        JsonNode hits = json.readTree(shell.ok("lineitems grep '\\bDATE\\(|\\bEND\\(' --regex --field formula -o json"));
        assertThat(hits.findValuesAsString("id")).isNotEmpty().containsExactlyElementsOf(expected);
    }

    @Test
    void should_search_names_and_notes_case_insensitively_unless_asked() throws Exception {
        JsonNode all = json.readTree(shell.ok("lineitems grep actual -o json"));
        assertThat(all.findValuesAsString("field")).contains("formula", "name", "notes");
        JsonNode names = json.readTree(shell.ok("lineitems grep zürich --field name -o json"));
        assertThat(names.findValuesAsString("text")).containsExactly("Kostenstelle Zürich", "Zürich Office Allocation");
        assertThat(json.readTree(shell.ok("lineitems grep zürich --field name --case-sensitive -o json"))).isEmpty();
        JsonNode notes = json.readTree(shell.ok("lineitems grep 'breakback' --field notes -o json"));
        long expected = FPA.lineItems().stream().filter(li -> li.notes().toLowerCase().contains("breakback")).count();
        assertThat(notes).hasSize((int) expected).isNotEmpty();
    }

    @Test
    void should_search_one_module_and_print_plain_text_when_not_on_a_terminal() {
        String table = shell.ok("lineitems grep 'Net Revenue' --module 'CAL02 COGS'");
        assertThat(table).contains("Freight Cost", "Gross Margin %", "(3 rows)").doesNotContain("\u001b[");
        String csv = shell.ok("lineitems grep 'Net Revenue' --module 'cal02 cogs' -o csv");
        assertThat(csv).startsWith("id,moduleName,name,field,text\r\n").doesNotContain("\u001b[");
        assertThat(csv.lines().skip(1)).hasSize(3).allMatch(l -> l.contains(",CAL02 COGS,"));
    }

    @Test
    void should_refuse_a_bad_regex_an_unknown_field_and_a_missing_pattern_with_exit_code_2() {
        Result bad = shell.run("lineitems grep '(' --regex");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: invalid regular expression '('").hasLineCount(1);
        assertThat(shell.run("lineitems grep x --field cells").exitCode()).isEqualTo(2);
        assertThat(shell.run("lineitems grep").exitCode()).isEqualTo(2);
        assertThat(shell.run("lineitems grep x --module 'No Such'").exitCode()).isEqualTo(4);
    }
}
