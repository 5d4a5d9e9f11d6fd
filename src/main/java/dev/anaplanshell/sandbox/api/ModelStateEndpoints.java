package dev.anaplanshell.sandbox.api;

import java.time.Clock;
import java.util.Map;

import dev.anaplanshell.sandbox.auth.IntegrationAuth;
import dev.anaplanshell.sandbox.data.SbModel;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Envelopes;
import dev.anaplanshell.sandbox.http.Json;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A model's runtime state (anaplan-api.md §4.4–4.5): {@code status} (no envelope, as live), {@code open} (202, or
 * 200 when already open; 422 for an archived model), {@code close} (204), and {@code bulkDeleteModels} of closed
 * models. Models start open, archived ones closed.
 */
public final class ModelStateEndpoints {

    private final Tenant tenant;
    private final IntegrationAuth auth;
    private final Clock clock;

    public ModelStateEndpoints(Tenant tenant, IntegrationAuth auth, Clock clock) {
        this.tenant = tenant;
        this.auth = auth;
        this.clock = clock;
    }

    public void register(Router router) {
        both(router, "GET", "/status", this::status);
        both(router, "POST", "/open", this::open);
        both(router, "POST", "/close", this::close);
        router.post("/2/0/workspaces/{workspaceId}/bulkDeleteModels", auth.require(this::bulkDelete));
    }

    private void both(Router router, String method, String suffix, IntegrationAuth.UserHandler handler) {
        router.route(method, "/2/0/models/{modelId}" + suffix, auth.require(handler))
                .route(method, "/2/0/workspaces/{workspaceId}/models/{modelId}" + suffix, auth.require(handler));
    }

    /** {@code {"requestStatus":{...}}} alone: the live service sends no meta or status here. */
    private SbResponse status(SbRequest req, SbUser user) {
        SbModel model = model(req);
        ObjectNode status = Json.object();
        status.putNull("tooltip");
        status.put("progress", -1.0);
        status.put("currentStep", tenant.isOpen(model.id()) ? "Open" : "Closed");
        status.putNull("exportTaskType");
        status.put("creationTime", clock.millis());
        status.putNull("taskId");
        status.putNull("peakMemoryUsageEstimate");
        status.putNull("peakMemoryUsageTime");
        ObjectNode body = Json.object();
        body.set("requestStatus", status);
        return SbResponse.ok(body);
    }

    private SbResponse open(SbRequest req, SbUser user) {
        SbModel model = model(req);
        if ("ARCHIVED".equals(model.activeState())) {
            throw ApiException.integration(422, "The model is archived and cannot be opened");
        }
        return new SbResponse(tenant.setOpen(model.id(), true) ? 202 : 200, null, Map.of());
    }

    private SbResponse close(SbRequest req, SbUser user) {
        tenant.setOpen(model(req).id(), false);
        return SbResponse.noContent();
    }

    /** {@code {"modelIdsToDelete":[...]}}: closed models of the workspace go; the others are failures. */
    private SbResponse bulkDelete(SbRequest req, SbUser user) {
        String workspaceId = req.param("workspaceId");
        tenant.workspace(workspaceId).orElseThrow(ApiException::notFound);
        JsonNode body = BulkSupport.jsonBody(req);
        for (String field : body.propertyNames()) {
            if (!field.equals("modelIdsToDelete")) {
                throw ApiException.badRequest("Identified an unrecognized '" + field
                        + "'. Amend the content so it only contains applicable fields.");
            }
        }
        JsonNode ids = body.path("modelIdsToDelete");
        if (!ids.isArray() || ids.isEmpty()) {
            throw ApiException.badRequest("Expected mandatory field 'modelIdsToDelete' to be present and not empty.");
        }
        int deleted = 0;
        ArrayNode failures = Json.array();
        for (JsonNode id : ids) {
            String modelId = id.asString("");
            SbModel model = tenant.model(modelId, workspaceId).orElse(null);
            String problem = model == null ? "Model ID does not exist."
                    : tenant.isOpen(modelId) ? "Model is open. Please close the model before trying again." : null;
            if (problem != null) {
                failures.addObject().put("modelId", modelId).put("message", problem);
            } else {
                tenant.delete(modelId);
                deleted++;
            }
        }
        ObjectNode result = Envelopes.ok(req, "bulkDeleteModelsResponse");
        result.put("modelsDeleted", deleted);
        if (!failures.isEmpty()) {
            result.set("bulkDeleteModelsFailures", failures);
        }
        return SbResponse.ok(result);
    }

    private SbModel model(SbRequest req) {
        return tenant.model(req.param("modelId"), req.param("workspaceId")).orElseThrow(ApiException::notFound);
    }
}
