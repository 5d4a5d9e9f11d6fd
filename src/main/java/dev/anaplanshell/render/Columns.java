package dev.anaplanshell.render;

import java.util.List;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.client.model.Workspace;

/** The columns of each resource, declared once for table, CSV and JSON alike. */
public final class Columns {

    public static final List<Column<Workspace>> WORKSPACES = List.of(
            Column.of("id", Workspace::id),
            Column.of("name", Workspace::name),
            Column.of("active", Workspace::active),
            Column.of("sizeAllowance", Workspace::sizeAllowance),
            Column.of("currentSize", Workspace::currentSize));

    public static final List<Column<Model>> MODELS = List.of(
            Column.of("id", Model::id),
            Column.of("name", Model::name),
            Column.of("activeState", Model::activeState),
            Column.of("workspaceId", Model::currentWorkspaceId),
            Column.of("workspaceName", Model::currentWorkspaceName),
            Column.of("memoryUsage", Model::memoryUsage),
            Column.of("lastModified", Model::lastModified));

    public static final List<Column<Module>> MODULES = List.of(
            Column.of("id", Module::id),
            Column.of("name", Module::name));

    /** What {@code lineitems list} shows. */
    public static final List<Column<LineItem>> LINE_ITEMS = List.of(
            Column.of("id", LineItem::id),
            Column.of("moduleName", LineItem::moduleName),
            Column.of("name", LineItem::name),
            Column.of("format", LineItem::format),
            Column.of("formula", LineItem::formula));

    private Columns() {
    }
}
