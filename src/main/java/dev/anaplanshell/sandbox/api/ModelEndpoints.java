package dev.anaplanshell.sandbox.api;

import java.util.List;

import dev.anaplanshell.sandbox.auth.IntegrationAuth;
import dev.anaplanshell.sandbox.data.SbLineItem;
import dev.anaplanshell.sandbox.data.SbModel;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.BodyCache;
import dev.anaplanshell.sandbox.http.Envelopes;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;

import tools.jackson.databind.node.ObjectNode;

/**
 * Model structure: modules and line items (anaplan-api.md §5.1–5.2), each under both {@code /2/0/models/{modelId}}
 * and {@code /2/0/workspaces/{workspaceId}/models/{modelId}}.
 */
public final class ModelEndpoints {

    private final Tenant tenant;
    private final IntegrationAuth auth;
    private final BodyCache lineItemBodies = new BodyCache();

    public ModelEndpoints(Tenant tenant, IntegrationAuth auth) {
        this.tenant = tenant;
        this.auth = auth;
    }

    public void register(Router router) {
        modelScoped(router, "/modules", this::modules);
        modelScoped(router, "/lineItems", this::modelLineItems);
        modelScoped(router, "/modules/{moduleId}/lineItems", this::moduleLineItems);
    }

    /** Registers {@code GET} on both path forms of a model-scoped resource. */
    private void modelScoped(Router router, String suffix, IntegrationAuth.UserHandler handler) {
        router.get("/2/0/models/{modelId}" + suffix, auth.require(handler))
                .get("/2/0/workspaces/{workspaceId}/models/{modelId}" + suffix, auth.require(handler));
    }

    private SbResponse modules(SbRequest req, SbUser user) {
        List<ObjectNode> rows = model(req).modules().stream().map(Representations::module).toList();
        return SbResponse.ok(Envelopes.page(req, "module", "modules", rows));
    }

    private SbResponse modelLineItems(SbRequest req, SbUser user) {
        return lineItems(req, model(req).lineItems());
    }

    private SbResponse moduleLineItems(SbRequest req, SbUser user) {
        SbModel model = model(req);
        String moduleId = req.param("moduleId");
        Tenant.module(model, moduleId).orElseThrow(ApiException::notFound);
        return lineItems(req, Tenant.lineItems(model, moduleId));
    }

    /**
     * Line items are not paged: the real service returns them all in one body, streamed as it is made. They never
     * change here, so a repeated request is answered from the first one's bytes.
     */
    private SbResponse lineItems(SbRequest req, List<SbLineItem> items) {
        boolean includeAll = req.flag("includeAll");
        return lineItemBodies.serve(req.url(req.path()) + (includeAll ? "?includeAll=true" : ""), "application/json",
                Envelopes.allStreamed(req, "lineItem", "items", items,
                        (g, li) -> Representations.writeLineItem(g, li, includeAll)));
    }

    /** The path's model; on the workspace form it must also live in that workspace. */
    private SbModel model(SbRequest req) {
        return tenant.model(req.param("modelId"), req.param("workspaceId")).orElseThrow(ApiException::notFound);
    }
}
