package dev.anaplanshell.sandbox.api;

import java.util.List;

import dev.anaplanshell.sandbox.auth.IntegrationAuth;
import dev.anaplanshell.sandbox.data.SbListDef;
import dev.anaplanshell.sandbox.data.SbListItem;
import dev.anaplanshell.sandbox.data.SbRef;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Envelopes;
import dev.anaplanshell.sandbox.http.Json;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;
import dev.anaplanshell.sandbox.txn.ListStore;
import dev.anaplanshell.sandbox.txn.ListWriters;
import dev.anaplanshell.sandbox.txn.ModelState;
import dev.anaplanshell.sandbox.txn.ModelStates;
import dev.anaplanshell.sandbox.txn.ReadRequests;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lists (anaplan-api.md §5.6–5.7 and §6): the lists of a model, a list's metadata, its items (JSON or CSV), item
 * adds, updates and deletes, and large-volume read requests.
 */
public final class ListEndpoints {

    private final TxnRoutes routes;

    private ListEndpoints(TxnRoutes routes) {
        this.routes = routes;
    }

    public static ListEndpoints of(Tenant tenant, IntegrationAuth auth, ModelStates states) {
        return new ListEndpoints(new TxnRoutes(tenant, auth, states));
    }

    public void register(Router router) {
        routes.modelScoped(router, "GET", "/lists", this::lists);
        routes.modelScoped(router, "GET", "/lists/{listId}", this::metadata);
        routes.modelScoped(router, "GET", "/lists/{listId}/items", this::items);
        routes.modelScoped(router, "POST", "/lists/{listId}/items", this::addOrDelete);
        routes.modelScoped(router, "PUT", "/lists/{listId}/items", this::update);
        routes.modelScoped(router, "POST", "/lists/{listId}/resetIndex", this::resetIndex);
        routes.modelScoped(router, "GET", "/lists/{listId}/preview", this::preview);
        routes.workspaceScoped(router, "POST", "/lists/{listId}/readRequests", this::startRead);
        routes.workspaceScoped(router, "GET", "/lists/{listId}/readRequests/{requestId}", this::readStatus);
        routes.workspaceScoped(router, "DELETE", "/lists/{listId}/readRequests/{requestId}", this::deleteRead);
        routes.workspaceScoped(router, "GET", "/lists/{listId}/readRequests/{requestId}/pages/{pageNo}", this::page);
    }

    private SbResponse lists(SbRequest req, SbUser user) {
        List<ObjectNode> rows = routes.state(req).lists().stream()
                .map(l -> TxnRoutes.ref(l.def().id(), l.def().name())).toList();
        return SbResponse.ok(Envelopes.page(req, "list", "lists", rows));
    }

    private SbResponse metadata(SbRequest req, SbUser user) {
        ListStore list = list(req);
        SbListDef def = list.def();
        ObjectNode meta = Json.object();
        meta.put("id", def.id());
        meta.put("name", def.name());
        ArrayNode properties = meta.putArray("properties");
        for (SbListDef.Property p : def.properties()) {
            ObjectNode node = properties.addObject();
            node.put("name", p.name());
            node.put("format", p.format());
            Json.putValue(node, "formatMetadata", p.formatMetadata());
            node.put("notes", "");
            node.put("referencedBy", "");
        }
        meta.put("hasSelectiveAccess", false);
        if (def.parent() != null) {
            meta.set("parent", TxnRoutes.ref(def.parent().id(), def.parent().name()));
        }
        meta.put("managedBy", "");
        meta.put("numberedList", def.numbered());
        meta.put("useTopLevelAsPageDefault", false);
        meta.put("itemCount", list.size());
        meta.put("permittedItems", Math.max(0, ListStore.CAPACITY - list.size()));
        if (def.numbered()) {
            meta.put("nextItemIndex", list.nextItemIndex());
        }
        meta.put("workflowEnabled", false);
        meta.put("productionData", false);
        if (!def.subsets().isEmpty()) {
            ArrayNode subsets = meta.putArray("subsets");
            for (SbRef s : def.subsets()) {
                subsets.add(TxnRoutes.ref(s.id(), s.name()));
            }
        }
        return SbResponse.ok(Envelopes.single(req, "list", "metadata", meta));
    }

    /** Not paged: every item in one body, JSON or (with {@code Accept: text/csv}) CSV; more than 1,000,000 is a 400. */
    private SbResponse items(SbRequest req, SbUser user) {
        ListStore list = list(req);
        ListStore.Items items = list.snapshot();
        if (items.size() > TxnRoutes.MAX_READ) {
            throw ApiException.badRequest("The list has more than 1,000,000 items. Use a large read request instead.");
        }
        SbListDef def = list.def();
        boolean includeAll = req.flag("includeAll");
        if (TxnRoutes.wantsCsv(req)) {
            return SbResponse.stream("text/csv", out -> ListWriters.items(def, items, includeAll, out));
        }
        String schema = req.url("/2/0/objects/list");
        return SbResponse.stream("application/json", out -> {
            try (var g = tools.jackson.databind.json.JsonMapper.builder().build().createGenerator(out)) {
                g.writeStartObject();
                g.writeName("meta");
                g.writeStartObject();
                g.writeStringProperty("schema", schema);
                g.writeEndObject();
                g.writeName("status");
                g.writeStartObject();
                g.writeNumberProperty("code", 200);
                g.writeStringProperty("message", "Success");
                g.writeEndObject();
                g.writeName("listItems");
                g.writeStartArray();
                for (int i = 0; i < items.size(); i++) {
                    g.writePOJO(item(def, items.item().apply(i), includeAll));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    private static ObjectNode item(SbListDef def, SbListItem item, boolean includeAll) {
        ObjectNode node = Json.object();
        node.put("id", item.id());
        node.put("name", item.name());
        if (item.code() != null) {
            node.put("code", item.code());
        }
        if (item.parent() != null) {
            node.put("parent", item.parent());
            node.put("parentId", item.parentId());
            node.put("listId", def.parent().id());
            node.put("listName", def.parent().name());
        }
        if (includeAll) {
            ObjectNode subsets = node.putObject("subsets");
            item.subsets().forEach(subsets::put);
            ObjectNode properties = node.putObject("properties");
            item.properties().forEach(properties::put);
        }
        return node;
    }

    private SbResponse addOrDelete(SbRequest req, SbUser user) {
        String action = req.query("action");
        if (!"add".equals(action) && !"delete".equals(action)) {
            throw ApiException.badRequest("Query parameter 'action' must be 'add' or 'delete'");
        }
        ListStore list = list(req);
        JsonNode items = writeItems(req);
        ListStore.Outcome outcome = action.equals("add") ? list.add(items) : list.delete(items);
        ObjectNode body = Envelopes.ok(req, action.equals("add") ? "item" : "list");
        if (action.equals("add")) {
            body.put("added", outcome.added());
            body.put("ignored", outcome.ignored());
            body.put("total", outcome.total());
        } else {
            body.put("deleted", outcome.deleted());
        }
        TxnRoutes.failures(body, outcome.failures());
        return SbResponse.ok(body);
    }

    private SbResponse update(SbRequest req, SbUser user) {
        ListStore list = list(req);
        ListStore.Outcome outcome = list.update(writeItems(req));
        ObjectNode body = Envelopes.ok(req, "list");
        body.put("total", outcome.total());
        body.put("ignored", outcome.ignored());
        body.put("updated", outcome.updated());
        TxnRoutes.failures(body, outcome.failures());
        return SbResponse.ok(body);
    }

    /** The first 1,000 items as CSV with every column, as the items call with {@code includeAll=true} writes them. */
    private SbResponse preview(SbRequest req, SbUser user) {
        ListStore list = list(req);
        ListStore.Items all = list.snapshot();
        ListStore.Items first = new ListStore.Items(Math.min(1_000, all.size()), all.item());
        return SbResponse.stream("text/csv", out -> ListWriters.items(list.def(), first, true, out));
    }

    /** 200 with no body when the list is empty (new items are numbered from 1 again), else Anaplan's 400. */
    private SbResponse resetIndex(SbRequest req, SbUser user) {
        if (!list(req).resetIndex()) {
            throw ApiException.badRequest("We can't reset the list item index of a list that contains data. Select an "
                    + "empty list that doesn't contain any list items.");
        }
        return new SbResponse(200, null, java.util.Map.of());
    }

    /** {@code {"items":[...]}} of at most 100,000 items. */
    private static JsonNode writeItems(SbRequest req) {
        JsonNode items = TxnRoutes.body(req).path("items");
        if (!items.isArray()) {
            throw ApiException.badRequest("The request body needs an 'items' array");
        }
        if (items.size() > TxnRoutes.MAX_WRITE) {
            throw ApiException.badRequest("A maximum of 100,000 list items can be sent in one call, got "
                    + items.size());
        }
        return items;
    }

    private SbResponse startRead(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        ListStore list = list(state, req);
        ListStore.Items items = list.snapshot();
        SbListDef def = list.def();
        ReadRequests.Request request = state.readRequests().start(def.id(), items.size(), n -> out -> {
            int from = (int) Math.min((long) n * ReadRequests.PAGE_ROWS, items.size());
            int to = (int) Math.min((long) from + ReadRequests.PAGE_ROWS, items.size());
            ListWriters.page(def, items, from, to, out);
        });
        return TxnRoutes.readRequest(req, request, "list", false);
    }

    private SbResponse readStatus(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        ReadRequests.Request request = state.readRequests().poll(list(state, req).def().id(), req.param("requestId"))
                .orElseThrow(ApiException::notFound);
        return TxnRoutes.readRequest(req, request, "list", true);
    }

    private SbResponse deleteRead(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        ReadRequests.Request request = state.readRequests().delete(list(state, req).def().id(), req.param("requestId"))
                .orElseThrow(ApiException::notFound);
        return TxnRoutes.readRequest(req, request, "list", true);
    }

    private SbResponse page(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        ReadRequests.Request request = state.readRequests().find(list(state, req).def().id(), req.param("requestId"))
                .orElseThrow(ApiException::notFound);
        return TxnRoutes.readPage(req, request);
    }


    private ListStore list(SbRequest req) {
        return list(routes.state(req), req);
    }

    private static ListStore list(ModelState state, SbRequest req) {
        return state.list(req.param("listId")).orElseThrow(ApiException::notFound);
    }
}
