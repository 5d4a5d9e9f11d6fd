package dev.anaplanshell.sandbox.bulk;

import java.util.List;
import java.util.Optional;

import dev.anaplanshell.sandbox.http.Json;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Bulk objects as Anaplan writes them (anaplan-api.md §7), built from the sandbox's own state. */
public final class BulkJson {

    private BulkJson() {
    }

    public static List<ObjectNode> files(ModelBulk m) {
        return m.files().stream().map(f -> file(m, f)).toList();
    }

    public static ObjectNode file(ModelBulk m, BulkFile f) {
        synchronized (m) {
            ObjectNode n = Json.object();
            n.put("id", f.id());
            n.put("name", f.name());
            n.put("chunkCount", f.chunkCount());
            if (f.source()) {
                n.put("delimiter", "\"");
                n.put("encoding", "UTF-8");
                n.put("firstDataRow", 2);
                n.put("format", "txt");
                n.put("headerRow", 1);
                n.put("separator", ",");
            } else {
                n.put("firstDataRow", 0);
                n.put("headerRow", 0);
            }
            return n;
        }
    }

    public static List<ObjectNode> imports(ModelBulk m) {
        return m.imports().stream().map(d -> {
            ObjectNode n = named(d.id(), d.name());
            n.put("importDataSourceId", d.fileId());
            n.put("importType", d.importType());
            return n;
        }).toList();
    }

    public static Optional<ObjectNode> importMetadata(ModelBulk m, String id) {
        return m.importDef(id).map(d -> {
            ObjectNode n = Json.object();
            n.put("name", d.name());
            n.put("type", "FILE");
            ObjectNode source = n.putObject("source");
            source.put("textEncoding", "UTF-8");
            source.put("columnSeparator", ",");
            source.put("textDelimiter", "\"");
            source.put("headerRow", 1);
            source.put("firstDataRow", 2);
            source.put("decimalSeparator", ".");
            strings(source.putArray("headerNames"), d.headerNames());
            source.put("columnCount", d.headerNames().size());
            return n;
        });
    }

    public static List<ObjectNode> exports(ModelBulk m) {
        return m.exports().stream().map(d -> {
            ObjectNode n = named(d.id(), d.name());
            n.put("exportType", d.exportType());
            n.put("exportFormat", "text/csv");
            n.put("encoding", "UTF-8");
            n.put("layout", d.exportType());
            return n;
        }).toList();
    }

    public static Optional<ObjectNode> exportMetadata(ModelBulk m, String id) {
        return m.exportDef(id).map(d -> {
            ObjectNode n = Json.object();
            n.put("columnCount", d.headerNames().size());
            strings(n.putArray("dataTypes"), d.dataTypes());
            n.put("delimiter", "\"");
            n.put("encoding", "UTF-8");
            n.put("exportFormat", "text/csv");
            strings(n.putArray("headerNames"), d.headerNames());
            strings(n.putArray("listNames"), d.dataTypes().stream().map(t -> "ENTITY".equals(t) ? "Products" : "")
                    .toList());
            n.put("rowCount", m.exportRowCount(d));
            n.put("separator", ",");
            n.put("layout", d.exportType());
            return n;
        });
    }

    public static List<ObjectNode> processes(ModelBulk m) {
        return m.processes().stream().map(d -> named(d.id(), d.name())).toList();
    }

    /**
     * {@code processMetadata{name, actions[]}} with the steps in run order; an import step's {@code importDataSource}
     * only with {@code showImportDataSource=true}.
     */
    public static Optional<ObjectNode> processMetadata(ModelBulk m, String id, boolean showImportDataSource) {
        return m.processDef(id).map(d -> {
            ObjectNode n = Json.object();
            n.put("name", d.name());
            ArrayNode actions = n.putArray("actions");
            for (String step : d.steps()) {
                ObjectNode a = named(step, m.objectName(ModelBulk.kindOf(step), step).orElse(step));
                m.importDef(step).ifPresent(i -> a.put("actionType", "IMPORT"));
                m.exportDef(step).ifPresent(e -> a.put("actionType", "EXPORT"));
                m.importDef(step).ifPresent(i -> {
                    a.put("importDataSourceId", i.fileId());
                    a.put("importType", i.importType());
                    if (showImportDataSource) {
                        a.putObject("importDataSource").put("importDataSourceId", i.fileId()).put("type", "FILE");
                    }
                });
                m.exportDef(step).ifPresent(e -> {
                    a.put("exportType", e.exportType());
                    a.put("exportFormat", "text/csv");
                    a.put("layout", e.exportType());
                });
                m.actionDef(step).ifPresent(x -> a.put("actionType", x.actionType()));
                actions.add(a);
            }
            return n;
        });
    }

    public static List<ObjectNode> actions(ModelBulk m) {
        return m.actions().stream().map(d -> {
            ObjectNode n = named(d.id(), d.name());
            n.put("actionType", d.actionType());
            return n;
        }).toList();
    }

    public static Optional<ObjectNode> action(ModelBulk m, String id) {
        return actions(m).stream().filter(a -> a.path("id").asString().equals(id)).findFirst();
    }

    /** A task in a task listing: id, state and creation time. */
    public static ObjectNode taskSummary(SbTask.View v) {
        ObjectNode n = Json.object();
        n.put("taskId", v.task().id());
        n.put("taskState", v.state().name());
        n.put("creationTime", v.task().created().toEpochMilli());
        return n;
    }

    /** A task's status, with {@code result} once it has finished. */
    public static ObjectNode task(SbTask.View v) {
        ObjectNode n = Json.object();
        n.put("taskId", v.task().id());
        n.put("currentStep", v.currentStep());
        n.put("progress", Math.round(v.progress() * 100) / 100.0);
        if (v.outcome() != null) {
            ObjectNode result = result(v.outcome());
            if (!v.nested().isEmpty()) {
                result.put("failureDumpAvailable", v.nested().stream().anyMatch(Outcome::failureDumpAvailable));
                ArrayNode nested = result.putArray("nestedResults");
                v.nested().forEach(o -> nested.add(result(o)));
            }
            n.set("result", result);
        }
        n.put("taskState", v.state().name());
        n.put("creationTime", v.task().created().toEpochMilli());
        return n;
    }

    /**
     * {@code includeProcessDetails=true}: each nested result of a process task gets {@code startTime} and
     * {@code duration}, strings of milliseconds (anaplan-api.md §7.5); the steps share the task's time evenly.
     */
    public static ObjectNode withProcessDetails(ObjectNode task, SbTask.View v) {
        tools.jackson.databind.JsonNode nested = task.path("result").path("nestedResults");
        if (!nested.isArray() || nested.isEmpty()) {
            return task;
        }
        long step = v.task().duration.toMillis() / nested.size();
        long start = v.task().created().toEpochMilli();
        for (int i = 0; i < nested.size(); i++) {
            ((ObjectNode) nested.get(i)).put("startTime", String.valueOf(start + i * step));
            ((ObjectNode) nested.get(i)).put("duration", String.valueOf(step));
        }
        return task;
    }

    private static ObjectNode result(Outcome o) {
        ObjectNode r = Json.object();
        if (!o.details().isEmpty()) {
            ArrayNode details = r.putArray("details");
            for (Outcome.Detail d : o.details()) {
                ObjectNode detail = details.addObject();
                detail.put("localMessageText", d.localMessageText());
                detail.put("occurrences", 0);
                detail.put("type", d.type());
                strings(detail.putArray("values"), d.values());
            }
        }
        r.put("failureDumpAvailable", o.failureDumpAvailable());
        r.put("objectId", o.objectId());
        r.put("objectName", o.objectName());
        r.put("successful", o.successful());
        return r;
    }

    /** The failure dump of an import task, or of one step of a process task, as file content. */
    public static Optional<FileContent> dump(SbTask task, String stepObjectId) {
        byte[] dump = task.dump(stepObjectId);
        return dump == null ? Optional.empty() : Optional.of(BytesContent.of(dump));
    }

    private static ObjectNode named(String id, String name) {
        ObjectNode n = Json.object();
        n.put("id", id);
        n.put("name", name);
        return n;
    }

    private static void strings(ArrayNode target, List<String> values) {
        values.forEach(target::add);
    }
}
