package dev.anaplanshell.sandbox.api;

import java.util.List;

import dev.anaplanshell.sandbox.auth.IntegrationAuth;
import dev.anaplanshell.sandbox.data.SbModel;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.data.SbWorkspace;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Envelopes;
import dev.anaplanshell.sandbox.http.Json;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Users, workspaces and models (anaplan-api.md §4.1–4.3). */
public final class TenantEndpoints {

    private final Tenant tenant;
    private final IntegrationAuth auth;

    public TenantEndpoints(Tenant tenant, IntegrationAuth auth) {
        this.tenant = tenant;
        this.auth = auth;
    }

    public void register(Router router) {
        router.get("/2/0/users/me", auth.require(this::me))
                .get("/2/0/users", auth.require(this::users))
                .get("/2/0/users/{userId}", auth.require(this::user))
                .get("/2/0/workspaces", auth.require(this::workspaces))
                .get("/2/0/workspaces/{workspaceId}", auth.require(this::workspace))
                .get("/2/0/workspaces/{workspaceId}/admins", auth.require(this::admins))
                .get("/2/0/workspaces/{workspaceId}/visitors", auth.require(this::visitors))
                .get("/2/0/models", auth.require((req, user) -> models(req, tenant.models())))
                .get("/2/0/workspaces/{workspaceId}/models", auth.require(this::workspaceModels))
                .get("/2/0/models/{modelId}", auth.require(this::model))
                // the real service has no GET on the workspace form of a single model
                .get("/2/0/workspaces/{workspaceId}/models/{modelId}", req -> {
                    throw ApiException.integration(405, "Method Not Allowed");
                });
    }

    private SbResponse me(SbRequest req, SbUser user) {
        return SbResponse.ok(Envelopes.single(req, "user", "user", Representations.user(user)));
    }

    /** The tenant's users, paged, with {@code sort} and {@code s=} as on the other tenant lists. */
    private SbResponse users(SbRequest req, SbUser user) {
        List<ObjectNode> rows = Sorting.sort(req, tenant.users(), Sorting.USER_FIELDS).stream()
                .filter(u -> Sorting.matches(req, u.email()) || Sorting.matches(req, String.valueOf(u.firstName()))
                        || Sorting.matches(req, String.valueOf(u.lastName())))
                .map(Representations::user).toList();
        return SbResponse.ok(Envelopes.page(req, "user", "users", rows));
    }

    private SbResponse user(SbRequest req, SbUser user) {
        SbUser found = tenant.user(req.param("userId")).orElseThrow(ApiException::notFound);
        return SbResponse.ok(Envelopes.single(req, "user", "user", Representations.user(found)));
    }

    private SbResponse workspaces(SbRequest req, SbUser user) {
        boolean details = req.flag("tenantDetails");
        List<ObjectNode> rows = Sorting.sort(req, tenant.workspaces(), Sorting.WORKSPACE_FIELDS).stream()
                .filter(w -> Sorting.matches(req, w.name()))
                .map(w -> Representations.workspace(w, details)).toList();
        return SbResponse.ok(Envelopes.page(req, "workspace", "workspaces", rows));
    }

    private SbResponse workspace(SbRequest req, SbUser user) {
        SbWorkspace w = tenant.workspace(req.param("workspaceId")).orElseThrow(ApiException::notFound);
        return SbResponse.ok(Envelopes.single(req, "workspace", "workspace",
                Representations.workspace(w, req.flag("tenantDetails"))));
    }

    /** Every user administers every workspace here; {@code otherWorkspaces} names the rest. */
    private SbResponse admins(SbRequest req, SbUser user) {
        SbWorkspace w = tenant.workspace(req.param("workspaceId")).orElseThrow(ApiException::notFound);
        List<ObjectNode> rows = tenant.users().stream().map(u -> {
            ObjectNode n = Json.object();
            n.put("firstName", u.firstName());
            n.put("lastName", u.lastName());
            n.put("email", u.email());
            n.put("active", true);
            ArrayNode others = n.putArray("otherWorkspaces");
            tenant.workspaces().stream().filter(o -> !o.id().equals(w.id())).forEach(o -> others.add(o.name()));
            return n;
        }).toList();
        return SbResponse.ok(Envelopes.page(req, "admin", "admins", rows));
    }

    /** No visitors: the documented empty array. */
    private SbResponse visitors(SbRequest req, SbUser user) {
        tenant.workspace(req.param("workspaceId")).orElseThrow(ApiException::notFound);
        return SbResponse.ok(Envelopes.page(req, "visitor", "visitors", List.of()));
    }

    private SbResponse workspaceModels(SbRequest req, SbUser user) {
        String workspaceId = req.param("workspaceId");
        tenant.workspace(workspaceId).orElseThrow(ApiException::notFound);
        return models(req, tenant.models(workspaceId));
    }

    private SbResponse models(SbRequest req, List<SbModel> models) {
        boolean details = req.flag("modelDetails");
        List<ObjectNode> rows = Sorting.sort(req, models, Sorting.MODEL_FIELDS).stream()
                .filter(m -> Sorting.matches(req, m.name()))
                .map(m -> Representations.model(req, m, tenant.workspace(m.workspaceId()).orElse(null), details,
                        modifiedBy()))
                .toList();
        return SbResponse.ok(Envelopes.page(req, "model", "models", rows));
    }

    /** Who last changed every model: the tenant's first user. */
    private String modifiedBy() {
        return tenant.firstUser().map(SbUser::id).orElse(null);
    }

    private SbResponse model(SbRequest req, SbUser user) {
        SbModel m = tenant.model(req.param("modelId")).orElseThrow(ApiException::notFound);
        boolean details = req.flag("modelDetails");
        ObjectNode node = Representations.model(req, m, tenant.workspace(m.workspaceId()).orElse(null), details,
                        modifiedBy());
        if (details) {
            node.put("modelTransactionRunning", false);
        }
        return SbResponse.ok(Envelopes.single(req, "model", "model", node));
    }
}
