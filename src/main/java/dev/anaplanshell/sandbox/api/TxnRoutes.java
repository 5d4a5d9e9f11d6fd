package dev.anaplanshell.sandbox.api;

import java.util.List;

import dev.anaplanshell.sandbox.auth.IntegrationAuth;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Envelopes;
import dev.anaplanshell.sandbox.http.Json;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;
import dev.anaplanshell.sandbox.txn.Dim;
import dev.anaplanshell.sandbox.txn.ListStore;
import dev.anaplanshell.sandbox.txn.ModelState;
import dev.anaplanshell.sandbox.txn.ModelStates;
import dev.anaplanshell.sandbox.txn.ReadRequests;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What the transactional route classes share: both path forms, the model's state, request bodies, item arrays. */
final class TxnRoutes {

    static final int MAX_READ = 1_000_000;
    static final int MAX_WRITE = 100_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Tenant tenant;
    private final IntegrationAuth auth;
    private final ModelStates states;

    TxnRoutes(Tenant tenant, IntegrationAuth auth, ModelStates states) {
        this.tenant = tenant;
        this.auth = auth;
        this.states = states;
    }

    /** Registers a verb on {@code /2/0/models/{modelId}...} and {@code /2/0/workspaces/{workspaceId}/models/{modelId}...}. */
    void modelScoped(Router router, String method, String suffix, IntegrationAuth.UserHandler handler) {
        router.route(method, "/2/0/models/{modelId}" + suffix, auth.require(handler))
                .route(method, "/2/0/workspaces/{workspaceId}/models/{modelId}" + suffix, auth.require(handler));
    }

    /** Registers a verb on the workspace form only (large-volume reads). */
    void workspaceScoped(Router router, String method, String suffix, IntegrationAuth.UserHandler handler) {
        router.route(method, "/2/0/workspaces/{workspaceId}/models/{modelId}" + suffix, auth.require(handler));
    }

    /** The path's model; on the workspace form it must also live in that workspace. */
    ModelState state(SbRequest req) {
        return states.of(tenant.model(req.param("modelId"), req.param("workspaceId"))
                .orElseThrow(ApiException::notFound));
    }

    static JsonNode body(SbRequest req) {
        if (req.body().length == 0) {
            throw ApiException.badRequest("The request body is missing");
        }
        try {
            return JSON.readTree(req.body());
        } catch (JacksonException e) {
            throw ApiException.badRequest("The request body is not valid JSON");
        }
    }

    static boolean wantsCsv(SbRequest req) {
        String accept = req.header("Accept");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv");
    }

    static ObjectNode ref(String id, String name) {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("name", name);
        return node;
    }

    /** Dimension items as Anaplan writes them: {@code id}, {@code name}, and {@code code} when set. */
    static List<ObjectNode> items(Dim dim) {
        if (dim.size() > MAX_READ) {
            throw ApiException.badRequest("The dimension has more than 1,000,000 items");
        }
        List<ObjectNode> rows = new java.util.ArrayList<>(dim.size());
        for (int i = 0; i < dim.size(); i++) {
            Dim.Item item = dim.item(i);
            ObjectNode node = Json.object();
            if (item.code() != null && !item.code().isEmpty()) {
                node.put("code", item.code());
            }
            node.put("id", item.id());
            node.put("name", item.name());
            rows.add(node);
        }
        return rows;
    }

    /** {@code failures} when there are any (the key is omitted otherwise, as on the real service). */
    static void failures(ObjectNode body, List<ListStore.Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        ArrayNode array = body.putArray("failures");
        for (ListStore.Failure f : failures) {
            ObjectNode node = array.addObject();
            node.put("requestIndex", f.requestIndex());
            node.put("failureType", f.failureType());
            node.put("failureMessageDetails", f.details());
        }
    }

    static int pageNumber(SbRequest req) {
        try {
            int n = Integer.parseInt(req.param("pageNo"));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the 400 below
        }
        throw ApiException.badRequest("Invalid page number '" + req.param("pageNo") + "'");
    }

    /** One page of a large-volume read as CSV; a page not yet written (or past the last) is a 404. */
    static SbResponse readPage(SbRequest req, ReadRequests.Request request) {
        int n = pageNumber(req);
        if (n >= request.availablePages()) {
            throw ApiException.notFound();
        }
        return SbResponse.stream("text/csv", request.page(n));
    }

    /**
     * The answer about a large-volume read request, as Anaplan describes it ({@code listReadRequest} /
     * {@code viewReadRequest}).
     *
     * @param kind {@code list} or {@code view}: the target's id field ({@code listId}, a string as every id) and path
     * @param full false for the answer to its start, which carries neither the target nor the pages
     */
    static SbResponse readRequest(SbRequest req, ReadRequests.Request request, String kind, boolean full) {
        ObjectNode node = Json.object();
        node.put("requestId", request.id());
        if (full) {
            node.put(kind + "Id", request.targetId());
        }
        node.put("requestState", request.state());
        node.put("url", req.url("/2/0/workspaces/" + req.param("workspaceId") + "/models/" + req.param("modelId")
                + "/" + kind + "s/" + req.param(kind + "Id") + "/readRequests/" + request.id()));
        if (full) {
            node.put("availablePages", request.availablePages());
            node.put("successful", true);
        }
        return SbResponse.ok(Envelopes.single(req, kind + "ReadRequest", kind + "ReadRequest", node));
    }
}
