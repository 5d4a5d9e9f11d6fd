package dev.anaplanshell.sandbox.tenant;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.anaplanshell.sandbox.data.SbDemoData;
import dev.anaplanshell.sandbox.data.SbLineItem;
import dev.anaplanshell.sandbox.data.SbModel;
import dev.anaplanshell.sandbox.data.SbModule;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.data.SbWorkspace;

/**
 * The sandbox's tenant, indexed by id once at start-up. Ids are case-sensitive, as Anaplan's are. Models can be
 * closed, opened and deleted ({@code bulkDeleteModels}); everything else is fixed.
 */
public final class Tenant {

    private final SbDemoData data;
    private final Map<String, SbUser> usersByEmail = new LinkedHashMap<>();
    private final Map<String, SbUser> usersById = new LinkedHashMap<>();
    private final Map<String, SbWorkspace> workspaces = new LinkedHashMap<>();
    private final Map<String, SbModel> models = new LinkedHashMap<>();
    private final Set<String> closed = new HashSet<>();

    public Tenant(SbDemoData data) {
        this.data = data;
        data.users().forEach(u -> {
            usersByEmail.put(u.email().toLowerCase(Locale.ROOT), u);
            usersById.put(u.id(), u);
        });
        data.workspaces().forEach(w -> workspaces.put(w.id(), w));
        data.models().forEach(m -> models.put(m.id(), m));
        data.models().stream().filter(m -> "ARCHIVED".equals(m.activeState())).forEach(m -> closed.add(m.id()));
    }

    /** Emails are matched case-insensitively, as login names are. */
    public Optional<SbUser> userByEmail(String email) {
        return Optional.ofNullable(usersByEmail.get(email.toLowerCase(Locale.ROOT)));
    }

    /** The tenant's first user (the demo user on the demo tenant). */
    public Optional<SbUser> firstUser() {
        return data.users().stream().findFirst();
    }

    public Optional<SbUser> user(String id) {
        return Optional.ofNullable(usersById.get(id));
    }

    public List<SbWorkspace> workspaces() {
        return data.workspaces();
    }

    public Optional<SbWorkspace> workspace(String id) {
        return Optional.ofNullable(workspaces.get(id));
    }

    /** Every user, in the order they were made (the demo user first). */
    public List<SbUser> users() {
        return data.users();
    }

    public synchronized List<SbModel> models() {
        return List.copyOf(models.values());
    }

    public synchronized List<SbModel> models(String workspaceId) {
        return models.values().stream().filter(m -> m.workspaceId().equals(workspaceId)).toList();
    }

    public synchronized Optional<SbModel> model(String id) {
        return Optional.ofNullable(models.get(id));
    }

    /**
     * The model of a path, {@code /models/{modelId}} or {@code /workspaces/{workspaceId}/models/{modelId}}: on the
     * workspace form it must also live in that workspace ({@code workspaceId} null on the other).
     */
    public synchronized Optional<SbModel> model(String id, String workspaceId) {
        return model(id).filter(m -> workspaceId == null || workspaceId.equals(m.workspaceId()));
    }

    /** Open unless closed ({@code POST .../close}); archived models start closed. */
    public synchronized boolean isOpen(String modelId) {
        return !closed.contains(modelId);
    }

    /** Opens or closes a model; true when that changed its state. */
    public synchronized boolean setOpen(String modelId, boolean open) {
        return open ? closed.remove(modelId) : closed.add(modelId);
    }

    /** Deletes a model; the caller has checked it exists and is closed. */
    public synchronized void delete(String modelId) {
        models.remove(modelId);
        closed.remove(modelId);
    }

    public static Optional<SbModule> module(SbModel model, String moduleId) {
        return model.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public static List<SbLineItem> lineItems(SbModel model, String moduleId) {
        return model.lineItems().stream().filter(li -> li.moduleId().equals(moduleId)).toList();
    }
}
