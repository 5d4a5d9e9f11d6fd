package dev.anaplanshell.sandbox.api;

import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.sandbox.auth.IntegrationAuth;
import dev.anaplanshell.sandbox.data.SbLineItem;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Envelopes;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;
import dev.anaplanshell.sandbox.txn.CellWrites;
import dev.anaplanshell.sandbox.txn.Dim;
import dev.anaplanshell.sandbox.txn.ModelState;
import dev.anaplanshell.sandbox.txn.ModelStates;
import dev.anaplanshell.sandbox.txn.TimeAxis;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dimensions and cells (anaplan-api.md §5.3, §5.8): a line item's dimensions and their items, a model dimension's
 * items (and look-ups by name or code), and cell writes with per-cell failures.
 */
public final class CellEndpoints {

    /** The Users dimension at model level (anaplan-sdk's id; view axes use the same id for Line Items). */
    static final String USERS_ID = Dim.LINE_ITEMS_ID;
    private static final List<String> TIME_SCALES = List.of("Month", "Quarter", "Half Year", "Year");

    private final TxnRoutes routes;
    private final Tenant tenant;

    private CellEndpoints(TxnRoutes routes, Tenant tenant) {
        this.routes = routes;
        this.tenant = tenant;
    }

    public static CellEndpoints of(Tenant tenant, IntegrationAuth auth, ModelStates states) {
        return new CellEndpoints(new TxnRoutes(tenant, auth, states), tenant);
    }

    public void register(Router router) {
        routes.modelScoped(router, "GET", "/lineItems/{lineItemId}/dimensions", this::lineItemDimensions);
        routes.modelScoped(router, "GET", "/lineItems/{lineItemId}/dimensions/{dimensionId}/items",
                this::lineItemDimensionItems);
        routes.modelScoped(router, "GET", "/dimensions/{dimensionId}/items", this::dimensionItems);
        routes.modelScoped(router, "POST", "/dimensions/{dimensionId}/items", this::lookup);
        routes.modelScoped(router, "POST", "/modules/{moduleId}/data", this::write);
    }

    /** Time and Versions first (where they apply), then the lists, as in Anaplan's example. */
    private SbResponse lineItemDimensions(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        List<ObjectNode> rows = new ArrayList<>();
        for (Dim d : ordered(state.dimensions(lineItem(state, req)))) {
            rows.add(TxnRoutes.ref(d.id(), d.name()));
        }
        return SbResponse.ok(Envelopes.all(req, "dimension", "dimensions", rows));
    }

    private static List<Dim> ordered(List<Dim> dims) {
        List<Dim> ordered = new ArrayList<>(dims.stream().filter(d -> !d.id().startsWith("1")).toList());
        ordered.addAll(dims.stream().filter(d -> d.id().startsWith("1")).toList());
        return ordered;
    }

    private SbResponse lineItemDimensionItems(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        String dimensionId = checkedId(req.param("dimensionId"));
        Dim dim = state.dimensions(lineItem(state, req)).stream().filter(d -> d.id().equals(dimensionId)).findFirst()
                .orElseThrow(ApiException::notFound);
        return items(req, dim);
    }

    private SbResponse dimensionItems(SbRequest req, SbUser user) {
        return items(req, dimension(req));
    }

    /**
     * {@code {"names":[...],"codes":[...]}}: the items matching any of them (case-insensitive); unmatched values are
     * skipped. Lists, subsets, Versions, Users (by e-mail) and Time (period names of every time scale, e.g.
     * {@code Jan 24}, {@code Q1 FY24}, {@code FY24}); codes on Time or Users, which have none, are a 400.
     */
    private SbResponse lookup(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        String id = checkedId(req.param("dimensionId"));
        JsonNode body = TxnRoutes.body(req);
        JsonNode names = body.path("names");
        JsonNode codes = body.path("codes");
        if (names.size() == 0 && codes.size() == 0) {
            throw ApiException.badRequest("Provide at least one of 'names' or 'codes'");
        }
        List<ObjectNode> candidates = new ArrayList<>();
        if (id.equals(TimeAxis.TIME_ID)) {
            TIME_SCALES.forEach(scale -> candidates.addAll(TxnRoutes.items(TimeAxis.dimension(state.fiscalYear(),
                    scale))));
        } else {
            candidates.addAll(TxnRoutes.items(dimension(req)));
        }
        if (codes.size() > 0 && (id.equals(TimeAxis.TIME_ID) || id.equals(USERS_ID))) {
            throw ApiException.badRequest("The dimension " + id + " does not support codes");
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode item : candidates) {
            boolean match = false;
            for (JsonNode n : names) {
                match |= n.asString().equalsIgnoreCase(item.path("name").asString());
            }
            for (JsonNode c : codes) {
                match |= c.asString().equalsIgnoreCase(item.path("code").asString(""));
            }
            if (match) {
                rows.add(item);
            }
        }
        return items(req, rows);
    }

    private SbResponse write(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        String moduleId = req.param("moduleId");
        state.module(moduleId).orElseThrow(ApiException::notFound);
        JsonNode cells = TxnRoutes.body(req);
        if (!cells.isArray()) {
            throw ApiException.badRequest("The request body must be an array of cells");
        }
        if (cells.size() > TxnRoutes.MAX_WRITE) {
            throw ApiException.badRequest("A maximum of 100,000 cells can be written in one call, got " + cells.size());
        }
        CellWrites.Result result = CellWrites.write(state, moduleId, cells);
        ObjectNode body = Envelopes.ok(req, "writeCellDataResponse");
        body.put("numberOfCellsChanged", result.changed());
        TxnRoutes.failures(body, result.failures());
        return SbResponse.ok(body);
    }

    private Dim dimension(SbRequest req) {
        ModelState state = routes.state(req);
        String id = checkedId(req.param("dimensionId"));
        if (id.equals(TimeAxis.TIME_ID)) {
            throw ApiException.badRequest("The Time dimension is not supported at model level: use a view's dimension");
        }
        if (id.equals(USERS_ID)) {
            return users();
        }
        return state.dimension(id).orElseThrow(ApiException::notFound);
    }

    /** The tenant's users as a dimension: named by e-mail, no codes. */
    private Dim users() {
        List<Dim.Item> items = new ArrayList<>();
        List<SbUser> users = tenant.users();
        for (int i = 0; i < users.size(); i++) {
            items.add(new Dim.Item(String.format("10199%07d", i + 1), users.get(i).email(), null));
        }
        return Dim.of(USERS_ID, "Users", items);
    }

    private static SbLineItem lineItem(ModelState state, SbRequest req) {
        return state.lineItem(checkedId(req.param("lineItemId"))).orElseThrow(ApiException::notFound);
    }

    /** Malformed ids are a 400, unknown ones a 404. */
    private static String checkedId(String id) {
        if (!id.matches("\\d{1,13}")) {
            throw ApiException.badRequest("Invalid id '" + id + "'");
        }
        return id;
    }

    private static SbResponse items(SbRequest req, Dim dim) {
        return items(req, TxnRoutes.items(dim));
    }

    /** Empty collections omit their key. */
    private static SbResponse items(SbRequest req, List<ObjectNode> rows) {
        return SbResponse.ok(rows.isEmpty() ? Envelopes.ok(req, "dimension") : Envelopes.all(req, "dimension", "items",
                rows));
    }
}
