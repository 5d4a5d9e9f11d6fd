package dev.anaplanshell.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.model.Action;
import dev.anaplanshell.client.model.Export;
import dev.anaplanshell.client.model.Import;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.ModelFile;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.client.model.Process;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.client.model.View;
import dev.anaplanshell.client.model.Workspace;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The session's cache of names: workspaces, models, modules, lists, views, line items and the bulk objects
 * (imports, exports, processes, actions), kept for {@link #TTL} so name resolution and tab completion do not call
 * Anaplan on every keystroke; files are listed here too, afresh ({@link #files}). The one caching policy of the
 * shell's names: {@link Names} (workspaces, models) and {@link ModelNames} (inside the current model) resolve
 * through it, completion reads it. {@code login} and {@code logout} clear it, and so do commands that create or
 * delete.
 */
@Component
public class Catalog {

    static final Duration TTL = Duration.ofSeconds(60);

    private final AnaplanClient client;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Autowired
    public Catalog(AnaplanClient client) {
        this(client, Clock.systemUTC());
    }

    Catalog(AnaplanClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public List<Workspace> workspaces() {
        return cached("workspaces", () -> client.workspaces().list().toList());
    }

    /** The models of one workspace, each with the workspace's id and name. */
    public List<Model> models(String workspaceId) {
        return cached("models:" + workspaceId, () -> client.models().list(workspaceId).map(this::named).toList());
    }

    /**
     * Every model the user can open, in any workspace. A model the answer gives without its workspace is looked
     * for in each workspace's own listing; its workspace's name comes from the workspaces list.
     */
    public List<Model> allModels() {
        return cached("models", () -> located(client.models().list().toList()).stream().map(this::named).toList());
    }

    /** {@code model} with its workspace's name from the workspaces list when the answer left it out. */
    public Model named(Model model) {
        if (model.currentWorkspaceName() != null || model.currentWorkspaceId() == null) {
            return model;
        }
        return workspacesOrNone().stream().filter(w -> model.currentWorkspaceId().equals(w.id())).findFirst()
                .map(w -> model.inWorkspace(w.id(), w.name())).orElse(model);
    }

    private List<Model> located(List<Model> models) {
        if (models.stream().allMatch(m -> m.currentWorkspaceId() != null)) {
            return models;
        }
        Map<String, String> workspaceOf = new HashMap<>();
        for (Workspace w : workspacesOrNone()) {
            try {
                models(w.id()).forEach(m -> workspaceOf.putIfAbsent(m.id(), w.id()));
            } catch (AnaplanApiException e) {
                // a workspace whose models this user may not list tells nothing
            }
        }
        return models.stream().map(m -> m.inWorkspace(workspaceOf.get(m.id()), null)).toList();
    }

    /** The workspaces, or none when they cannot be listed: they only fill in names the answer left out. */
    private List<Workspace> workspacesOrNone() {
        try {
            return workspaces();
        } catch (AnaplanApiException e) {
            return List.of();
        }
    }

    public List<Module> modules(String modelId) {
        return cached("modules:" + modelId, () -> client.modules().list(modelId).toList());
    }

    /** Every line item of one model (with {@code includeAll}), for completing line-item names. */
    public List<LineItem> lineItems(String modelId) {
        return cached("lineItems:" + modelId, () -> {
            try (var items = client.lineItems().list(modelId)) {
                return items.toList();
            }
        });
    }

    public List<ListInfo> lists(String modelId) {
        return cached("lists:" + modelId, () -> client.lists().list(modelId).toList());
    }

    public List<View> views(String modelId) {
        return cached("views:" + modelId, () -> client.views().list(modelId).toList());
    }

    /**
     * The model's files (import data sources and export outputs), listed afresh at every call: unlike the other
     * names here, a file's entry carries the state of its content (its chunk count), which an upload or an export
     * changes.
     */
    public List<ModelFile> files(ModelPath model) {
        return client.files().list(model).toList();
    }

    public List<Import> imports(ModelPath model) {
        return cached("imports:" + model.modelId(), () -> client.imports().list(model).toList());
    }

    public List<Export> exports(ModelPath model) {
        return cached("exports:" + model.modelId(), () -> client.exports().list(model).toList());
    }

    public List<Process> processes(ModelPath model) {
        return cached("processes:" + model.modelId(), () -> client.processes().list(model).toList());
    }

    public List<Action> actions(ModelPath model) {
        return cached("actions:" + model.modelId(), () -> client.actions().list(model).toList());
    }

    /** The model's imports, exports, processes or actions, by id and name. */
    public List<NamedRef> tasks(ModelPath model, TaskKind kind) {
        return switch (kind) {
            case IMPORT -> imports(model).stream().map(i -> new NamedRef(i.id(), i.name())).toList();
            case EXPORT -> exports(model).stream().map(e -> new NamedRef(e.id(), e.name())).toList();
            case PROCESS -> processes(model).stream().map(p -> new NamedRef(p.id(), p.name())).toList();
            case ACTION -> actions(model).stream().map(a -> new NamedRef(a.id(), a.name())).toList();
        };
    }

    public void invalidate() {
        entries.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String key, Supplier<List<T>> load) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null || entry.loadedAt().plus(TTL).isBefore(now)) {
            entry = new Entry(List.copyOf(load.get()), now);
            entries.put(key, entry);
        }
        return (List<T>) entry.values();
    }

    private record Entry(List<?> values, Instant loadedAt) {
    }
}
