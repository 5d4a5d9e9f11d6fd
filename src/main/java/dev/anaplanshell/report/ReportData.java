package dev.anaplanshell.report;

import java.util.List;

import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.ModelCalendar;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.client.model.Version;
import dev.anaplanshell.lint.Finding;
import dev.anaplanshell.lint.LintModel;
import dev.anaplanshell.lint.Rule;

/** Everything a model report shows, read from Anaplan (and the lint run) before it is written. */
public record ReportData(Model model, List<Module> modules, LintModel lineItems, List<ListInfo> lists,
        List<Version> versions, ModelCalendar calendar, List<Rule> rules, List<Finding> findings, String version) {
}
