package dev.anaplanshell.sandbox.bulk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.anaplanshell.sandbox.http.ApiException;

/**
 * The bulk side of one model: its files, import/export/process/action definitions, the list and module they read and
 * write, and its tasks. One task runs at a time: starting another while one runs is a 409, as a busy model answers.
 * Every method is synchronised on this object; file content is streamed outside the lock.
 */
public final class ModelBulk {

    public static final String IMPORTS = "imports";
    public static final String EXPORTS = "exports";
    public static final String PROCESSES = "processes";
    public static final String ACTIONS = "actions";

    final BulkList list;
    final BulkModule module;
    private final Duration taskDuration;
    private final Map<String, BulkFile> files = new LinkedHashMap<>();
    private final Map<String, Definitions.ImportDef> imports = new LinkedHashMap<>();
    private final Map<String, Definitions.ExportDef> exports = new LinkedHashMap<>();
    private final Map<String, Definitions.ProcessDef> processes = new LinkedHashMap<>();
    private final Map<String, Definitions.ActionDef> actions = new LinkedHashMap<>();
    private final Map<String, SbTask> tasks = new LinkedHashMap<>();

    ModelBulk(BulkList list, BulkModule module, Duration taskDuration) {
        this.list = list;
        this.module = module;
        this.taskDuration = taskDuration;
    }

    void add(BulkFile f) {
        files.put(f.id(), f);
    }

    void add(Definitions.ImportDef d) {
        imports.put(d.id(), d);
    }

    void add(Definitions.ExportDef d) {
        exports.put(d.id(), d);
        add(new BulkFile(d.id(), d.name(), false, null));
    }

    void add(Definitions.ProcessDef d) {
        processes.put(d.id(), d);
    }

    void add(Definitions.ActionDef d) {
        actions.put(d.id(), d);
    }

    public synchronized List<BulkFile> files() {
        return List.copyOf(files.values());
    }

    public synchronized Optional<BulkFile> file(String id) {
        return Optional.ofNullable(files.get(id));
    }

    /**
     * The file a {@code POST …/files/{idOrName}} means: the one with that id, else with that name, else a new private
     * import file of that name with a fresh {@code 113…} id (anaplan-api.md §7.3; Anaplan Connect posts to a name).
     */
    public synchronized BulkFile fileForUpload(String idOrName) {
        BulkFile known = files.get(idOrName);
        if (known == null) {
            known = files.values().stream().filter(f -> f.name().equals(idOrName)).findFirst().orElse(null);
        }
        if (known != null) {
            return known;
        }
        long next = files.keySet().stream().filter(id -> id.matches("113\\d{9}")).mapToLong(Long::parseLong).max()
                .orElse(113_000_000_000L - 1) + 1;
        BulkFile created = new BulkFile(Long.toString(next), idOrName, true, null);
        add(created);
        return created;
    }

    /** File changes go through the model, so they never interleave with a task reading the file. */
    public synchronized void declare(BulkFile f, int chunks) {
        f.declare(chunks);
    }

    public synchronized void putChunk(BulkFile f, int index, byte[] bytes) {
        f.putChunk(index, bytes);
    }

    public synchronized void putWhole(BulkFile f, byte[] bytes) {
        f.putWhole(bytes);
    }

    public synchronized void complete(BulkFile f) {
        f.complete();
    }

    public synchronized void reset(BulkFile f) {
        f.reset();
    }

    public synchronized FileContent contentOf(BulkFile f) {
        return f.content();
    }

    synchronized List<Definitions.ImportDef> imports() {
        return List.copyOf(imports.values());
    }

    synchronized List<Definitions.ExportDef> exports() {
        return List.copyOf(exports.values());
    }

    synchronized List<Definitions.ProcessDef> processes() {
        return List.copyOf(processes.values());
    }

    synchronized List<Definitions.ActionDef> actions() {
        return List.copyOf(actions.values());
    }

    synchronized Optional<Definitions.ImportDef> importDef(String id) {
        return Optional.ofNullable(imports.get(id));
    }

    synchronized Optional<Definitions.ExportDef> exportDef(String id) {
        return Optional.ofNullable(exports.get(id));
    }

    synchronized Optional<Definitions.ProcessDef> processDef(String id) {
        return Optional.ofNullable(processes.get(id));
    }

    synchronized Optional<Definitions.ActionDef> actionDef(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    synchronized long exportRowCount(Definitions.ExportDef def) {
        return def.rowCount(this);
    }

    /** The name of any definition of the kind, or empty when there is none with that id. */
    synchronized Optional<String> objectName(String kind, String id) {
        return switch (kind) {
            case IMPORTS -> importDef(id).map(Definitions.ImportDef::name);
            case EXPORTS -> exportDef(id).map(Definitions.ExportDef::name);
            case PROCESSES -> processDef(id).map(Definitions.ProcessDef::name);
            case ACTIONS -> actionDef(id).map(Definitions.ActionDef::name);
            default -> Optional.empty();
        };
    }

    /** Starts a task: 404 for an unknown definition, 409 while another task runs on the model. */
    public synchronized SbTask start(String kind, String objectId, Instant now) {
        String name = objectName(kind, objectId).orElseThrow(ApiException::notFound);
        Optional<SbTask> running = tasks.values().stream().filter(t -> !view(t, now).state().equals(SbTask.State.COMPLETE)
                && t.cancelledAt == null).findFirst();
        if (running.isPresent()) {
            throw ApiException.integration(409, "The model is busy: task " + running.get().id
                    + " is running. Try again when it has finished.");
        }
        List<String> steps = kind.equals(PROCESSES) ? processes.get(objectId).steps().stream()
                .map(s -> objectName(kindOf(s), s).orElse(s)).toList() : List.of(name);
        SbTask task = new SbTask(UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT), kind,
                objectId, name, now, taskDuration, steps);
        tasks.put(task.id, task);
        return task;
    }

    /** The object's tasks, oldest first. */
    public synchronized List<SbTask> tasks(String kind, String objectId) {
        return tasks.values().stream().filter(t -> t.kind.equals(kind) && t.objectId.equals(objectId))
                .sorted(Comparator.comparing(SbTask::created)).toList();
    }

    public synchronized Optional<SbTask> task(String kind, String objectId, String taskId) {
        return Optional.ofNullable(tasks.get(taskId)).filter(t -> t.kind.equals(kind) && t.objectId.equals(objectId));
    }

    /** The task as it is at {@code now}; a task whose time is up does its work now, once. */
    public synchronized SbTask.View view(SbTask t, Instant now) {
        long total = t.duration.toMillis();
        if (t.cancelledAt != null) {
            return new SbTask.View(t, SbTask.State.CANCELLED, fraction(t, t.cancelledAt), "Cancelled.", t.outcome,
                    t.nested);
        }
        long elapsed = Duration.between(t.created, now).toMillis();
        if (elapsed >= total) {
            if (t.outcome == null) {
                complete(t);
            }
            return new SbTask.View(t, SbTask.State.COMPLETE, 1.0, "Complete.", t.outcome, t.nested);
        }
        if (elapsed < total / 10) {
            return new SbTask.View(t, SbTask.State.NOT_STARTED, 0.0, "Waiting to start.", null, List.of());
        }
        double progress = fraction(t, now);
        int step = Math.min(t.stepNames.size() - 1, (int) (progress * t.stepNames.size()));
        String current = t.stepNames.size() > 1
                ? "Running '" + t.stepNames.get(step) + "' (" + (step + 1) + " of " + t.stepNames.size() + ")"
                : "Processing '" + t.objectName + "'...";
        return new SbTask.View(t, SbTask.State.IN_PROGRESS, progress, current, null, List.of());
    }

    /** DELETE: a task that has not finished is cancelled and does nothing; a finished one stays as it is. */
    public synchronized SbTask.View cancel(SbTask t, Instant now) {
        SbTask.View before = view(t, now);
        if (before.state() == SbTask.State.NOT_STARTED || before.state() == SbTask.State.IN_PROGRESS) {
            t.cancelledAt = now;
            t.outcome = Outcome.failed(t.objectId, t.objectName, "taskCancelled", "The task was cancelled.");
        }
        return view(t, now);
    }

    private static double fraction(SbTask t, Instant at) {
        double total = t.duration.toMillis();
        double elapsed = Duration.between(t.created, at).toMillis();
        return Math.max(0, Math.min(0.99, (elapsed - total / 10) / (total * 0.9)));
    }

    private void complete(SbTask t) {
        if (!t.kind.equals(PROCESSES)) {
            t.outcome = run(t.kind, t.objectId);
            return;
        }
        List<Outcome> steps = new ArrayList<>();
        for (String step : processes.get(t.objectId).steps()) {
            Outcome o = run(kindOf(step), step);
            steps.add(o);
            if (!o.successful()) {
                break;
            }
        }
        boolean ok = steps.stream().allMatch(Outcome::successful);
        t.nested = List.copyOf(steps);
        t.outcome = new Outcome(t.objectId, t.objectName, ok, List.of(), null);
    }

    private Outcome run(String kind, String id) {
        return switch (kind) {
            case IMPORTS -> runImport(imports.get(id));
            case EXPORTS -> runExport(exports.get(id));
            default -> actions.get(id).run().apply(this);
        };
    }

    private Outcome runImport(Definitions.ImportDef def) {
        byte[] content = files.get(def.fileId()).bytes();
        if (content == null) {
            return Outcome.failed(def.id(), def.name(), "uploadedFileNoLongerAvailable",
                    "The file for this import is no longer available: upload it again");
        }
        return def.importer().run(def, content);
    }

    private Outcome runExport(Definitions.ExportDef def) {
        FileContent content;
        long rows;
        if (def.scale() != null) {
            content = def.scale();
            rows = def.scale().rowCount();
        } else {
            Csv csv = new Csv().row(def.headerNames());
            List<List<String>> data = def.rows().apply(this);
            data.forEach(csv::row);
            content = BytesContent.of(csv.bytes());
            rows = data.size();
        }
        files.get(def.id()).setContent(content);
        return Outcome.ok(def.id(), def.name(), "exportSucceeded", def.name() + ": " + rows + " rows exported");
    }

    static String kindOf(String objectId) {
        return switch (objectId.substring(0, Math.min(3, objectId.length()))) {
            case "112" -> IMPORTS;
            case "116" -> EXPORTS;
            case "118" -> PROCESSES;
            default -> ACTIONS;
        };
    }
}
