package dev.anaplanshell.session;

import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.model.Action;
import dev.anaplanshell.client.model.DimensionItem;
import dev.anaplanshell.client.model.Import;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.ModelFile;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.client.model.View;

import org.springframework.stereotype.Component;

/**
 * The one resolver of names inside the current model: modules, lists, views, line items, dimensions and the bulk
 * objects (files, imports, exports, processes, actions), from the session's {@link Catalog}, resolved
 * case-insensitively with did-you-mean through {@link NameResolver}. Workspaces and models are {@link Names}'.
 */
@Component
public class ModelNames {

    /** The Versions dimension, the same in every model. */
    public static final DimensionItem VERSIONS = new DimensionItem("20000000020", "Versions", null);
    private final Session session;
    private final Catalog catalog;

    public ModelNames(Session session, Catalog catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    public List<ListInfo> lists() {
        session.requireConnection();
        return catalog.lists(session.requireModel().id());
    }

    public List<View> views() {
        session.requireConnection();
        return catalog.views(session.requireModel().id());
    }

    public List<LineItem> lineItems() {
        session.requireConnection();
        return catalog.lineItems(session.requireModel().id());
    }

    /** Dimensions that can be named at model level: the lists and Versions. */
    public List<DimensionItem> dimensions() {
        List<DimensionItem> dims = new ArrayList<>();
        lists().forEach(l -> dims.add(new DimensionItem(l.id(), l.name(), null)));
        dims.add(VERSIONS);
        return dims;
    }

    /** The current model (exit 2 when none is). */
    public Place.Named model() {
        return session.requireModel();
    }

    /** A module of the current model. */
    public Module module(String nameOrId) {
        return NameResolver.resolve("Module", nameOrId, catalog.modules(session.requireModel().id()), Module::id,
                Module::name, where());
    }

    /** The current model, in the workspace form the Bulk API uses. */
    public ModelPath path() {
        session.requireConnection();
        Place.Named model = session.requireModel();
        return new ModelPath(session.requireWorkspace().id(), model.id());
    }

    public ModelFile file(String nameOrId) {
        return NameResolver.resolve("File", nameOrId, catalog.files(path()), ModelFile::id, ModelFile::name, where());
    }

    /** A file that takes uploads: an import data source ({@code 113…}), not an export's output of the same name. */
    public ModelFile uploadTarget(String nameOrId) {
        List<ModelFile> sources = catalog.files(path()).stream()
                .filter(f -> f.id() != null && f.id().startsWith("113")).toList();
        return NameResolver.resolve("Import data file", nameOrId, sources, ModelFile::id, ModelFile::name, where());
    }

    public Import importDef(String nameOrId) {
        return NameResolver.resolve("Import", nameOrId, catalog.imports(path()), Import::id, Import::name, where());
    }

    public Action action(String nameOrId) {
        return NameResolver.resolve("Action", nameOrId, catalog.actions(path()), Action::id, Action::name, where());
    }

    /** An import, export, process or action of the current model, by name or ID. */
    public NamedRef task(TaskKind kind, String nameOrId) {
        return NameResolver.resolve(kind.label(), nameOrId, catalog.tasks(path(), kind), NamedRef::id, NamedRef::name,
                where());
    }

    public ListInfo list(String nameOrId) {
        return NameResolver.resolve("List", nameOrId, lists(), ListInfo::id, ListInfo::name, where());
    }

    public View view(String nameOrId) {
        return NameResolver.resolve("View", nameOrId, views(), View::id, View::name, where());
    }

    /** A list or Versions by name or ID; any other all-digit ID (a subset...) is taken as it is. */
    public DimensionItem dimension(String nameOrId) {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        if (wanted.matches("\\d{11,13}") && dimensions().stream().noneMatch(d -> d.id().equals(wanted))) {
            return new DimensionItem(wanted, wanted, null);
        }
        return NameResolver.resolve("Dimension", wanted, dimensions(), DimensionItem::id, DimensionItem::name, where());
    }

    /** Forgets the names, e.g. after a write. */
    public void invalidate() {
        catalog.invalidate();
    }

    private String where() {
        return "in model '" + session.requireModel().name() + "'";
    }
}
