package dev.anaplanshell.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.core.AtomicFile;
import dev.anaplanshell.formula.FormulaReferences;
import dev.anaplanshell.lint.Finding;
import dev.anaplanshell.lint.Rule;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a model report: one HTML file with its CSS, script and data inline. The page itself (summary, module
 * graph, rule counts, one collapsed section per module) is HTML; each module's line items, its line-item graph
 * and the findings are data the script renders when a section opens, so a model of 100,000 line items opens
 * at once. Line-item graphs are drawn only up to {@link #LINE_ITEM_GRAPH_LIMIT} line items in the model and
 * {@link #MODULE_GRAPH_ITEMS} in a module.
 */
public final class ModelReport {

    /** Past this many line items in the model the report draws the module graph only. */
    public static final int LINE_ITEM_GRAPH_LIMIT = 5_000;
    /** A module with more line items than this gets no line-item graph. */
    static final int MODULE_GRAPH_ITEMS = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ModelReport() {
    }

    /** Writes the report to {@code target} whole or not at all. */
    public static void write(ReportData data, Path target) {
        String template = resource("report.html");
        Facts facts = new Facts(data);
        String head = template.substring(0, template.indexOf("{{body}}"))
                .replace("{{title}}", Html.escape(data.model().name()) + " — model report")
                .replace("{{css}}", resource("report.css"));
        String middle = template.substring(template.indexOf("{{body}}") + "{{body}}".length(),
                template.indexOf("{{data}}"));
        String tail = template.substring(template.indexOf("{{data}}") + "{{data}}".length())
                .replace("{{js}}", resource("report.js"));
        String body = ReportPage.body(data, facts);
        AtomicFile.write(target, w -> {
            w.write(head);
            w.write(body);
            w.write(middle);
            writeData(data, facts, new ScriptSafe(w));
            w.write(tail);
            return null;
        });
    }

    /** What the page and the data share: references both ways, and module positions. */
    static final class Facts {
        final Map<LineItem, List<LineItem>> refs = new IdentityHashMap<>();
        final Map<LineItem, List<LineItem>> users = new IdentityHashMap<>();
        final Map<LineItem, List<FormulaReferences.Span>> spans = new IdentityHashMap<>();
        final List<Module> modules = new ArrayList<>();
        final Map<String, Integer> moduleIndex = new HashMap<>();
        final Map<String, List<LineItem>> itemsOf = new LinkedHashMap<>();
        final Map<String, Integer> itemIndex = new HashMap<>();
        final Map<String, Integer> counts = new HashMap<>();

        Facts(ReportData data) {
            for (Module m : data.modules()) {
                addModule(m);
            }
            List<LineItem> all = data.lineItems().lineItems();
            for (int i = 0; i < all.size(); i++) {
                LineItem li = all.get(i);
                addModule(new Module(li.moduleId(), li.moduleName()));
                itemsOf.get(li.moduleId()).add(li);
                itemIndex.put(li.id(), i);
                counts.merge(li.moduleId(), 1, Integer::sum);
                List<FormulaReferences.Span> s = data.lineItems().spans(li);
                spans.put(li, s);
                List<LineItem> r = new ArrayList<>();
                for (FormulaReferences.Span span : s) {
                    if (span.item() != li && !r.contains(span.item())) {
                        r.add(span.item());
                        users.computeIfAbsent(span.item(), k -> new ArrayList<>(2)).add(li);
                    }
                }
                refs.put(li, r);
            }
        }

        private void addModule(Module m) {
            if (!moduleIndex.containsKey(m.id())) {
                moduleIndex.put(m.id(), modules.size());
                modules.add(m);
                itemsOf.put(m.id(), new ArrayList<>());
            }
        }

        boolean drawLineItems() {
            return itemIndex.size() <= LINE_ITEM_GRAPH_LIMIT;
        }
    }

    private static void writeData(ReportData data, Facts facts, Writer w) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        Map<String, List<Integer>> findingsOf = new HashMap<>();
        for (int i = 0; i < data.findings().size(); i++) {
            Finding f = data.findings().get(i);
            findingsOf.computeIfAbsent(f.lineItemId() == null ? "m:" + f.moduleId() : f.lineItemId(),
                    k -> new ArrayList<>()).add(i);
        }
        try (JsonGenerator g = JSON.writer().createGenerator(w)) {
            g.writeStartObject();
            g.writeArrayPropertyStart("rules");
            for (Rule r : data.rules()) {
                ruleIndex.put(r.id(), ruleIndex.size());
                g.writeStartObject();
                g.writeStringProperty("id", r.id());
                g.writeStringProperty("severity", r.severity().label());
                g.writeStringProperty("reason", r.reason());
                g.writeStringProperty("docs", r.docs());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("modules");
            for (Module m : facts.modules) {
                List<LineItem> items = facts.itemsOf.get(m.id());
                g.writeStartObject();
                g.writeStringProperty("id", m.id());
                g.writeStringProperty("name", m.name());
                g.writeArrayPropertyStart("items");
                for (LineItem li : items) {
                    g.writeNumber(facts.itemIndex.get(li.id()));
                }
                g.writeEndArray();
                writeIndexes(g, "findings", findingsOf.get("m:" + m.id()));
                if (facts.drawLineItems() && items.size() <= MODULE_GRAPH_ITEMS) {
                    Graph graph = ModelGraphs.lineItems(m, items, facts.refs, facts.users);
                    if (!graph.edges.isEmpty()) {
                        g.writeStringProperty("svg", GraphPicture.svg(graph, "graph items",
                                "Line items of " + m.name() + " and what they reference"));
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("items");
            for (LineItem li : data.lineItems().lineItems()) {
                writeItem(g, li, facts, findingsOf.get(li.id()));
            }
            g.writeEndArray();
            // a rule's findings often say the same thing: each message once, findings point at it
            Map<String, Integer> messageIndex = new LinkedHashMap<>();
            g.writeArrayPropertyStart("findings");
            for (Finding f : data.findings()) {
                g.writeStartArray();
                g.writeNumber(ruleIndex.getOrDefault(f.rule().id(), 0));
                g.writeNumber(facts.moduleIndex.getOrDefault(f.moduleId(), 0));
                g.writeNumber(f.lineItemId() == null ? -1 : facts.itemIndex.getOrDefault(f.lineItemId(), -1));
                g.writeNumber(messageIndex.computeIfAbsent(f.message(), k -> messageIndex.size()));
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("messages");
            for (String message : messageIndex.keySet()) {
                g.writeString(message);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeItem(JsonGenerator g, LineItem li, Facts facts, List<Integer> findings) {
        g.writeStartObject();
        g.writeStringProperty("id", li.id());
        g.writeStringProperty("name", li.name());
        g.writeNumberProperty("module", facts.moduleIndex.get(li.moduleId()));
        g.writeStringProperty("format", Formats.describe(li));
        if (li.appliesTo() != null && !li.appliesTo().isEmpty()) {
            g.writeStringProperty("appliesTo", String.join(", ", li.appliesTo().stream()
                    .map(r -> r.name() == null ? r.id() : r.name()).toList()));
        }
        writeText(g, "timeScale", li.timeScale());
        writeText(g, "summary", li.summary());
        writeText(g, "formula", li.formula());
        List<FormulaReferences.Span> spans = facts.spans.get(li);
        if (!spans.isEmpty()) {
            g.writeArrayPropertyStart("refs");
            for (FormulaReferences.Span s : spans) {
                g.writeStartArray();
                g.writeNumber(s.start());
                g.writeNumber(s.end());
                g.writeNumber(facts.itemIndex.get(s.item().id()));
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        List<LineItem> users = facts.users.get(li);
        if (users != null) {
            g.writeArrayPropertyStart("usedBy");
            for (LineItem u : users) {
                g.writeNumber(facts.itemIndex.get(u.id()));
            }
            g.writeEndArray();
        }
        writeIndexes(g, "findings", findings);
        g.writeEndObject();
    }

    private static void writeText(JsonGenerator g, String name, String value) {
        if (value != null && !value.isEmpty()) {
            g.writeStringProperty(name, value);
        }
    }

    private static void writeIndexes(JsonGenerator g, String name, List<Integer> values) {
        if (values != null) {
            g.writeArrayPropertyStart(name);
            for (int v : values) {
                g.writeNumber(v);
            }
            g.writeEndArray();
        }
    }

    static String resource(String name) {
        try (InputStream in = ModelReport.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON inside a {@code <script>} element: every {@code <} written as {@code \u003c}, so no {@code </script>}. */
    private static final class ScriptSafe extends FilterWriter {
        ScriptSafe(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (c == '<') {
                out.write("\\u003c");
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '<') {
                    out.write(buf, start, i - start);
                    out.write("\\u003c");
                    start = i + 1;
                }
            }
            out.write(buf, start, off + len - start);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            int start = off;
            for (int i = s.indexOf('<', off); i >= 0 && i < off + len; i = s.indexOf('<', i + 1)) {
                out.write(s, start, i - start);
                out.write("\\u003c");
                start = i + 1;
            }
            out.write(s, start, off + len - start);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
