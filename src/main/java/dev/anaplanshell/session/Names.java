package dev.anaplanshell.session;

import java.util.List;

import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.Workspace;
import dev.anaplanshell.core.ShellException;

import org.springframework.stereotype.Component;

/**
 * The one resolver of names at the tenant's scope: workspaces and models the user typed, by name or ID, through the
 * session's {@link Catalog}. Names inside the current model are {@link ModelNames}'.
 */
@Component
public class Names {

    private final Session session;
    private final Catalog catalog;

    public Names(Session session, Catalog catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    public Workspace workspace(String nameOrId) {
        session.requireConnection();
        return NameResolver.resolve("Workspace", nameOrId, catalog.workspaces(), Workspace::id, Workspace::name, "");
    }

    /**
     * A model by name or ID: first among the current workspace's models, then among all the user can open.
     */
    public Model model(String nameOrId) {
        session.requireConnection();
        Place.Named ws = session.place().workspace();
        if (ws != null) {
            List<Model> here = catalog.models(ws.id());
            try {
                return NameResolver.resolve("Model", nameOrId, here, Model::id, Model::name,
                        "in workspace '" + ws.name() + "'");
            } catch (ShellException e) {
                if (e.exitCode() != dev.anaplanshell.core.ExitCodes.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return NameResolver.resolve("Model", nameOrId, catalog.allModels(), Model::id, Model::name, "");
    }

    /**
     * Where using {@code model} puts the session: the model and its workspace (by name, else by id). Exit 4 when
     * the workspace is not known: a URL is never built from a missing id.
     */
    public Place place(Model model) {
        if (model.currentWorkspaceId() == null) {
            throw ShellException.notFound("Model '" + model.name() + "' (" + model.id() + ") is in no workspace the "
                    + "workspaces list shows: its workspace is unknown");
        }
        String workspace = model.currentWorkspaceName() != null ? model.currentWorkspaceName()
                : model.currentWorkspaceId();
        return new Place(new Place.Named(model.currentWorkspaceId(), workspace),
                new Place.Named(model.id(), model.name()));
    }
}
