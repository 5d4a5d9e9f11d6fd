package dev.anaplanshell.report;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.ModelCalendar;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.client.model.Version;
import dev.anaplanshell.lint.Finding;
import dev.anaplanshell.lint.Rule;

/** The HTML of a report's page: header, summary, module graph, rule counts and the (closed) module sections. */
final class ReportPage {

    private ReportPage() {
    }

    static String body(ReportData data, ModelReport.Facts facts) {
        StringBuilder h = new StringBuilder(64 * 1024 + facts.modules.size() * 300);
        List<LineItem> items = data.lineItems().lineItems();
        h.append("<header><h1>").append(e(data.model().name())).append("</h1><p class=\"meta\">Workspace ")
                .append(e(data.model().currentWorkspaceName())).append(" · model ").append(e(data.model().id()))
                .append(" · written ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd HH:mm z", Locale.ROOT))).append(" by anaplan-shell ").append(e(data.version()))
                .append("</p><div class=\"search\"><input id=\"search\" type=\"search\" autocomplete=\"off\" "
                        + "placeholder=\"Search line items, formulas and modules\" aria-label=\"Search\">"
                        + "<span id=\"search-count\"></span></div><nav><a href=\"#summary\">Summary</a>"
                        + "<a href=\"#graph\">Module graph</a><a href=\"#findings\">Findings</a>"
                        + "<a href=\"#modules\">Modules</a></nav></header><main>");
        summary(h, data, facts, items);
        graph(h, data, facts);
        findings(h, data);
        modules(h, data, facts);
        return h.append("</main>").toString();
    }

    private static void summary(StringBuilder h, ReportData data, ModelReport.Facts facts, List<LineItem> items) {
        h.append("<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
        card(h, "Modules", facts.modules.size());
        card(h, "Line items", items.size());
        card(h, "Lists", data.lists().size());
        card(h, "Versions", data.versions().size());
        card(h, "Findings", data.findings().size());
        h.append("</div><div class=\"facts\"><table><caption>Line items by format</caption>");
        Map<String, Long> byFormat = items.stream().collect(Collectors.groupingBy(
                li -> li.format() == null ? "—" : li.format(), TreeMap::new, Collectors.counting()));
        byFormat.forEach((k, v) -> h.append("<tr><th>").append(e(k)).append("</th><td>")
                .append(String.format(Locale.ROOT, "%,d", v)).append("</td></tr>"));
        h.append("</table><table><caption>Versions</caption>");
        for (Version v : data.versions()) {
            h.append("<tr><th>").append(e(v.name())).append("</th><td>")
                    .append(Boolean.TRUE.equals(v.isActual()) ? "actual " : "")
                    .append(Boolean.TRUE.equals(v.isCurrent()) ? "current" : "").append("</td></tr>");
        }
        h.append("</table><table><caption>Calendar</caption>");
        ModelCalendar c = data.calendar();
        if (c != null) {
            row(h, "Type", c.calendarType());
            row(h, "Fiscal year", c.fiscalYear() == null ? null : c.fiscalYear().year());
            row(h, "Current period", c.currentPeriod() == null ? null : c.currentPeriod().periodText());
            row(h, "Past / future years", c.pastYearsCount() == null ? null : c.pastYearsCount() + " / "
                    + c.futureYearsCount());
        }
        h.append("</table></div><details class=\"lists\"><summary>").append(data.lists().size())
                .append(" lists</summary><p>");
        h.append(data.lists().stream().map(ListInfo::name).map(ReportPage::e).collect(Collectors.joining(" · ")));
        h.append("</p></details></section>");
    }

    private static void graph(StringBuilder h, ReportData data, ModelReport.Facts facts) {
        h.append("<section id=\"graph\"><h2>Module graph</h2><p class=\"note\">An arrow from A to B: a line item of "
                + "B references one of A (numbers flow along the arrows). <span class=\"cycle-key\">Red</span>: "
                + "modules that reference each other in a cycle. Laid out by Eclipse ELK (layered).");
        boolean grouped = facts.modules.size() > ModelGraphs.MODULE_LIMIT;
        if (grouped) {
            h.append(" This model has ").append(String.format(Locale.ROOT, "%,d", facts.modules.size()))
                    .append(" modules: they are drawn in groups by the start of their names.");
        }
        if (!facts.drawLineItems()) {
            h.append(" With ").append(String.format(Locale.ROOT, "%,d", facts.itemIndex.size()))
                    .append(" line items (more than ").append(String.format(Locale.ROOT, "%,d",
                            ModelReport.LINE_ITEM_GRAPH_LIMIT)).append(") the modules have no line-item graphs.");
        }
        h.append("</p><div class=\"scroll\">");
        h.append(GraphPicture.svg(ModelGraphs.modules(facts.modules, data.lineItems().lineItems(), facts.refs, facts.counts),
                grouped ? "graph modules grouped" : "graph modules", "Module dependency graph"));
        h.append("</div></section>");
    }

    private static void findings(StringBuilder h, ReportData data) {
        Map<String, Long> counts = data.findings().stream().collect(Collectors.groupingBy(f -> f.rule().id(),
                Collectors.counting()));
        h.append("<section id=\"findings\"><h2>Findings</h2><p class=\"note\">Best-practice checks of "
                + "<code>lineitems lint</code>, with the bundled rules or the file given with <code>--rules</code>."
                + "</p><table class=\"rules\"><thead><tr><th>Rule</th><th>Severity</th><th>Findings</th>"
                + "<th>Why</th><th>Documented in</th></tr></thead><tbody>");
        for (Rule r : data.rules()) {
            h.append("<tr><td><code>").append(e(r.id())).append("</code></td><td><span class=\"sev ")
                    .append(r.severity().label()).append("\">").append(r.severity().label()).append("</span></td><td>")
                    .append(String.format(Locale.ROOT, "%,d", counts.getOrDefault(r.id(), 0L))).append("</td><td>")
                    .append(e(r.reason())).append("</td><td><code>").append(e(r.docs())).append("</code></td></tr>");
        }
        h.append("</tbody></table><div id=\"finding-list\"></div></section>");
    }

    private static void modules(StringBuilder h, ReportData data, ModelReport.Facts facts) {
        Map<String, Long> findings = data.findings().stream().collect(Collectors.groupingBy(Finding::moduleId,
                Collectors.counting()));
        h.append("<section id=\"modules\"><h2>Modules</h2><p class=\"note\">Open a module for its line items, "
                + "its line-item graph and its findings. References in formulas link to the line item they name.</p>");
        for (int i = 0; i < facts.modules.size(); i++) {
            Module m = facts.modules.get(i);
            int count = facts.counts.getOrDefault(m.id(), 0);
            h.append("<details class=\"module\" id=\"m-").append(e(m.id())).append("\" data-index=\"").append(i)
                    .append("\"><summary><span class=\"name\">").append(e(m.name())).append("</span> <span "
                            + "class=\"count\">").append(String.format(Locale.ROOT, "%,d", count))
                    .append(count == 1 ? " line item" : " line items").append("</span>");
            long n = findings.getOrDefault(m.id(), 0L);
            if (n > 0) {
                h.append(" <span class=\"badge\">").append(n).append(n == 1 ? " finding" : " findings")
                        .append("</span>");
            }
            h.append("</summary><div class=\"body\"></div></details>");
        }
        h.append("</section>");
    }

    private static void card(StringBuilder h, String label, long value) {
        h.append("<div class=\"card\"><b>").append(String.format(Locale.ROOT, "%,d", value)).append("</b><span>")
                .append(label).append("</span></div>");
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(label).append("</th><td>").append(e(value == null ? "—" : value))
                .append("</td></tr>");
    }

    private static String e(String text) {
        return Html.escape(text);
    }
}
