package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.formula.FormulaReferences;
import dev.anaplanshell.formula.LineItemIndex;
import dev.anaplanshell.sandbox.data.DemoData;
import dev.anaplanshell.sandbox.data.SbLineItem;
import dev.anaplanshell.sandbox.data.SbModel;
import dev.anaplanshell.sandbox.data.SbRef;
import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lineitems refs} on the sandbox's FP&A Plan over HTTP. */
class LineItemRefsTest {

    static final String EBITDA = "'REP01 P&L Summary'.EBITDA";

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_read_from_the_formulas_exactly_what_referenced_by_says_in_every_demo_model() {
        AnaplanClient client = shell.bean(AnaplanClient.class);
        List<Model> models = client.models().list().toList();
        assertThat(models).hasSizeGreaterThanOrEqualTo(4);
        for (Model model : models) {
            List<LineItem> items = client.lineItems().list(model.id()).toList();
            LineItemIndex index = new LineItemIndex(model.name(), items);
            FormulaReferences formulas = new FormulaReferences(index);
            Map<String, Set<String>> users = new HashMap<>();
            for (LineItem li : items) {
                formulas.of(li).forEach(target -> users.computeIfAbsent(target.id(), k -> new HashSet<>()).add(li.id()));
            }
            for (LineItem li : items) {
                assertThat(users.getOrDefault(li.id(), Set.of())).as(model.name() + ": " + LineItemIndex.display(li))
                        .isEqualTo(li.referencedBy().stream().map(NamedRef::id).collect(Collectors.toSet()));
            }
        }
    }

    @Test
    void should_show_the_full_chain_both_ways_for_a_line_item_deep_in_the_model() throws Exception {
        JsonNode edges = json.readTree(shell.ok("lineitems refs \"" + EBITDA + "\" -o json"));
        SbModel fpa = DemoData.create(0).models().get(0);
        SbLineItem root = sbItem(fpa, "REP01 P&L Summary", "EBITDA");
        assertThat(targets(edges, "down")).isEqualTo(closure(fpa, root, false)).hasSizeGreaterThan(10);
        assertThat(targets(edges, "up")).isEqualTo(closure(fpa, root, true)).hasSizeGreaterThan(15)
                .contains("DAT02 Revenue Actuals.Units Sold", "SYS02 Global Settings.Current Period");

        String tree = shell.ok("lineitems refs \"" + EBITDA + "\"");
        assertThat(tree).startsWith(EBITDA + "\nreferences:\n├─ 'REP01 P&L Summary'.Gross Margin\n");
        assertThat(tree).containsSubsequence("references:", "'REP01 P&L Summary'.Net Revenue",
                "'REP01 P&L Summary'.Gross Revenue", "'CAL01 Revenue'.Gross Revenue", "'CAL01 Revenue'.Volume Forecast",
                "'DAT02 Revenue Actuals'.Units Sold", "referenced by:", "'REP01 P&L Summary'.EBIT",
                "'REP01 P&L Summary'.Tax", "'REP01 P&L Summary'.Net Income", "'REP02 Variance Analysis'.Net Income Actual",
                "'REP02 Variance Analysis'.Net Income Variance", "'REP02 Variance Analysis'.Net Income Variance %");
        assertThat(tree).contains("│  ├─ ", "└─ ").doesNotContain("cycle");
    }

    @Test
    void should_report_cycles_without_following_them() throws Exception {
        String tree = shell.ok("lineitems refs \"'CAL07 Cash Flow'.Closing Cash\" --direction up");
        assertThat(tree).contains("'CAL07 Cash Flow'.Opening Cash", "(cycle)")
                .contains("cycle: 'CAL07 Cash Flow'.Opening Cash → 'CAL07 Cash Flow'.Closing Cash → "
                        + "'CAL07 Cash Flow'.Opening Cash")
                .doesNotContain("referenced by");
        JsonNode edges = json.readTree(shell.ok("lineitems refs 'CAL05 Depreciation.Net Book Value' -o json"));
        assertThat(edges.findValuesAsString("mark")).contains("cycle");
        assertThat(edges).hasSizeLessThan(200);
    }

    @Test
    void should_stop_at_the_depth_asked_and_mark_what_goes_further() throws Exception {
        JsonNode edges = json.readTree(shell.ok("lineitems refs \"" + EBITDA + "\" --depth 1 --direction up -o json"));
        assertThat(edges.findValuesAsString("toLineItem")).containsExactly("Gross Margin", "Total Opex");
        assertThat(edges.findValuesAsString("depth")).containsOnly("1");
        assertThat(edges.get(0).path("mark").asString()).isEqualTo("deeper");
        String csv = shell.ok("lineitems refs \"" + EBITDA + "\" --depth 1 -o csv");
        assertThat(csv).startsWith("direction,depth,fromModule,fromLineItem,toModule,toLineItem,mark\r\n"
                + "up,1,REP01 P&L Summary,EBITDA,REP01 P&L Summary,Gross Margin,deeper\r\n");
    }

    @Test
    void should_find_the_line_item_by_id_or_unique_name_and_refuse_ambiguous_or_unknown_ones() throws Exception {
        String id = json.readTree(shell.ok("lineitems list -o json")).findParents("name").stream()
                .filter(n -> n.path("name").asString().equals("Cash Runway (Months)")).findFirst().orElseThrow()
                .path("id").asString();
        assertThat(shell.ok("lineitems refs " + id)).startsWith("'REP03 KPI Dashboard'.Cash Runway (Months)\n");
        assertThat(shell.ok("lineitems refs 'cash runway (months)' --direction down"))
                .isEqualTo("'REP03 KPI Dashboard'.Cash Runway (Months)\nreferenced by: none\n");
        Result ambiguous = shell.run("lineitems refs 'Net Revenue'");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("'CAL01 Revenue'.Net Revenue", "'REP01 P&L Summary'.Net Revenue")
                .hasLineCount(1);
        Result unknown = shell.run("lineitems refs 'REP01 P&L Summary.EBITDAA'");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("did you mean 'EBITDA'");
        assertThat(shell.run("lineitems refs EBITDA --direction sideways").exitCode()).isEqualTo(2);
        assertThat(shell.run("lineitems refs EBITDA --depth 0").exitCode()).isEqualTo(2);
        assertThat(shell.run("lineitems refs").exitCode()).isEqualTo(2);
    }

    @Test
    void should_complete_line_items_as_module_dot_name_and_ids() {
        Command refs = shell.bean(CommandRegistry.class).getCommandByName("lineitems refs");
        List<String> proposals = refs.getCompletionProvider()
                .apply(new CompletionContext(List.of("lineitems", "refs", ""), 2, 0, refs, null))
                .stream().map(CompletionProposal::value).toList();
        assertThat(proposals).contains("CAL01 Revenue.Net Revenue", "REP03 KPI Dashboard.Cash Runway (Months)")
                .anyMatch(p -> p.matches("206\\d{9}")).hasSizeGreaterThan(600);
    }

    /** {@code Module.Line Item} of every edge's target in one direction. */
    private static Set<String> targets(JsonNode edges, String direction) {
        Set<String> result = new HashSet<>();
        for (JsonNode e : edges) {
            if (e.path("direction").asString().equals(direction)) {
                result.add(e.path("toModule").asString() + "." + e.path("toLineItem").asString());
            }
        }
        return result;
    }

    /**
     * Independently of the shell: every line item reachable from the root through the sandbox's own
     * {@code referencedBy} (down), or from which the root is reachable (up).
     */
    private static Set<String> closure(SbModel model, SbLineItem root, boolean up) {
        Map<String, SbLineItem> byId = model.lineItems().stream()
                .collect(Collectors.toMap(SbLineItem::id, Function.identity()));
        Map<String, Set<String>> next = new HashMap<>();
        for (SbLineItem li : model.lineItems()) {
            for (SbRef user : li.referencedBy()) {
                String from = up ? user.id() : li.id();
                String to = up ? li.id() : user.id();
                next.computeIfAbsent(from, k -> new HashSet<>()).add(to);
            }
        }
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(root.id()));
        while (!todo.isEmpty()) {
            for (String n : next.getOrDefault(todo.pop(), Set.of())) {
                if (!n.equals(root.id()) && seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        return seen.stream().map(byId::get).map(li -> li.moduleName() + "." + li.name()).collect(Collectors.toSet());
    }

    private static SbLineItem sbItem(SbModel model, String module, String name) {
        return model.lineItems().stream().filter(li -> li.moduleName().equals(module) && li.name().equals(name))
                .findFirst().orElseThrow();
    }
}
