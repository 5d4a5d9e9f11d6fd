package dev.anaplanshell.command;

import java.nio.file.Path;
import java.util.List;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.core.AtomicFile;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.lint.Checks;
import dev.anaplanshell.lint.Finding;
import dev.anaplanshell.lint.LintColumns;
import dev.anaplanshell.lint.LintModel;
import dev.anaplanshell.lint.Rule;
import dev.anaplanshell.lint.RuleSet;
import dev.anaplanshell.lint.Sarif;
import dev.anaplanshell.lint.SarifLocations;
import dev.anaplanshell.lint.Severity;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.OutputFormat;
import dev.anaplanshell.report.ModelReport;
import dev.anaplanshell.report.ReportData;
import dev.anaplanshell.session.Catalog;
import dev.anaplanshell.session.ModelNames;
import dev.anaplanshell.session.Names;
import dev.anaplanshell.session.Session;
import dev.anaplanshell.core.Version;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code lineitems lint} (best-practice checks, rules as data) and {@code model report} (one HTML file with the
 * model's graphs, line items and findings). No lint, report or ELK type appears in a method signature here (nor in
 * a lambda's): the command registry reads this class's methods at start-up, which would load them; they load when
 * a command runs.
 */
@Component
public class ModelCheckCommands {

    private final AnaplanClient client;
    private final Session session;
    private final Names names;
    private final Catalog catalog;
    private final ModelNames modelNames;
    private final Output output;

    public ModelCheckCommands(AnaplanClient client, Session session, Names names, Catalog catalog,
            ModelNames modelNames, Output output) {
        this.client = client;
        this.session = session;
        this.names = names;
        this.catalog = catalog;
        this.modelNames = modelNames;
        this.output = output;
    }

    @Command(name = "lineitems lint", group = "Model",
            description = "Check the line items against modelling best practices (rules as data)",
            help = "Rules: the bundled set, changed by --rules FILE (JSON). --exit-code: exit 7 when a finding is at "
                    + "or above --fail-on (default warning). -o sarif writes SARIF 2.1.0 for CI; with --artifact "
                    + "FILE.csv (a lineitems export kept in the repository) each result points at its row.")
    public void lint(@Option(longName = "module", shortName = 'm', description = "only this module's findings")
            @Completes(Kind.MODULE) String module,
            @Option(longName = "rules", description = "a JSON file changing the bundled rules")
            @Completes(Kind.FILE) String rules,
            @Option(longName = "exit-code", description = "exit 7 on findings at or above --fail-on") Boolean exitCode,
            @Option(longName = "fail-on", description = "error, warning (default) or note")
            @Completes(choices = {"error", "warning", "note"}) String failOn,
            @Option(longName = "output", shortName = 'o', description = "table, csv, json or sarif")
            @Completes(choices = {"table", "csv", "json", "sarif"}) String format,
            @Option(longName = "out", description = "write to this file instead") @Completes(Kind.FILE) String out,
            @Option(longName = "artifact", description = "with -o sarif: the line items' CSV in the repository "
                    + "that results point at") @Completes(Kind.FILE) String artifact,
            CommandContext ctx) {
        boolean sarif = format != null && format.strip().equalsIgnoreCase("sarif");
        if (!sarif && format != null && !format.isBlank()) {
            try {
                OutputFormat.parse(format);
            } catch (ShellException e) {
                throw ShellException.usage("unknown output format '" + format + "': use table, csv, json or sarif");
            }
        }
        if (artifact != null && !sarif) {
            throw ShellException.usage("--artifact goes with -o sarif");
        }
        Severity threshold = failOn == null ? Severity.WARNING : Severity.parse(failOn, "for --fail-on");
        List<Rule> ruleSet = RuleSet.load(rules == null ? null : Path.of(rules));
        // the artifact is read before the model is fetched: a wrong path fails at once
        SarifLocations rows = artifact == null || artifact.isBlank() ? null : SarifLocations.ofCsv(Path.of(artifact));
        session.requireConnection();
        Model model = names.model(session.requireModel().id());
        String only = module == null ? null : modelNames.module(module).id();
        List<Finding> findings = Checks.inModule(Checks.run(ruleSet, LintModel.of(model.name(), catalog.lineItems(model.id()),
                catalog.modules(model.id()))), only);
        if (sarif) {
            SarifLocations where = rows != null ? rows : SarifLocations.ofModel(model.name());
            if (out == null || out.isBlank()) {
                Sarif.write(model.name(), where, ruleSet, findings, Version.current(), ctx.outputWriter());
            } else {
                AtomicFile.write(Path.of(out), w -> {
                    Sarif.write(model.name(), where, ruleSet, findings, Version.current(), w);
                    return null;
                });
                output.line(ctx, "Wrote " + findings.size() + " findings to " + out);
            }
        } else {
            output.list(ctx, LintColumns.FINDINGS, findings.stream(), format, out);
        }
        long failing = Checks.count(findings, threshold);
        if (Boolean.TRUE.equals(exitCode) && failing > 0) {
            throw new ShellException(ExitCodes.FINDINGS, failing + (failing == 1 ? " finding" : " findings")
                    + " at or above " + threshold.label());
        }
    }

    @Command(name = "model report", group = "Model",
            description = "Write one self-contained HTML file about a model: graphs, line items, references, findings",
            help = "FILE.html opens in any browser without a network. The module graph and each module's line-item "
                    + "graph are laid out by Eclipse ELK; past 5,000 line items only the module graph is drawn.")
    public void report(@Argument(index = 0, description = "the HTML file to write") @Completes(Kind.FILE) String file,
            @Option(longName = "model", description = "the model (default: the current one)")
            @Completes(Kind.MODEL) String model,
            @Option(longName = "rules", description = "a JSON file changing the bundled lint rules")
            @Completes(Kind.FILE) String rules,
            CommandContext ctx) {
        Path target = Path.of(Arguments.required(file, "model report FILE.html [--model MODEL]"));
        List<Rule> ruleSet = RuleSet.load(rules == null ? null : Path.of(rules));
        session.requireConnection();
        Model chosen = model == null ? names.model(session.requireModel().id()) : names.model(model);
        LintModel lint = LintModel.of(chosen.name(), catalog.lineItems(chosen.id()), catalog.modules(chosen.id()));
        List<Finding> findings = Checks.run(ruleSet, lint);
        ReportData data = new ReportData(chosen, catalog.modules(chosen.id()), lint, catalog.lists(chosen.id()),
                client.calendar().versions(chosen.id()).toList(), client.calendar().calendar(chosen.id()), ruleSet,
                findings, Version.current());
        ModelReport.write(data, target);
        output.line(ctx, "Wrote the report of '" + chosen.name() + "' (" + lint.lineItems().size()
                + " line items, " + data.modules().size() + " modules, " + findings.size() + " findings) to " + target);
    }
}
