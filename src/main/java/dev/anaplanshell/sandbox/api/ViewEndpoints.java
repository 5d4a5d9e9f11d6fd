package dev.anaplanshell.sandbox.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.anaplanshell.sandbox.auth.IntegrationAuth;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Envelopes;
import dev.anaplanshell.sandbox.http.Json;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;
import dev.anaplanshell.sandbox.txn.Dim;
import dev.anaplanshell.sandbox.txn.Grid;
import dev.anaplanshell.sandbox.txn.ModelState;
import dev.anaplanshell.sandbox.txn.ModelStates;
import dev.anaplanshell.sandbox.txn.ReadRequests;
import dev.anaplanshell.sandbox.txn.ViewDef;
import dev.anaplanshell.sandbox.txn.ViewWriters;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Views (anaplan-api.md §5.4–5.5, §6): the views of a model or module, a view's axes, its data as CSV or
 * {@code format=v1} JSON with page selectors (1,000,000 cells at most), the items of its dimensions, and
 * large-volume read requests.
 */
public final class ViewEndpoints {

    private static final Set<String> EXPORT_TYPES = Set.of("TABULAR_MULTI_COLUMN", "TABULAR_SINGLE_COLUMN",
            "TABULAR_SINGLE_ITEMS", "GRID_ALL_PAGES", "GRID_CURRENT_PAGE");

    private static final Set<String> DATA_EXPORT_TYPES = Set.of("GRID_CURRENT_PAGE", "GRID_ALL_PAGES",
            "TABULAR_MULTI_COLUMN", "TABULAR_SINGLE_COLUMN");

    private final TxnRoutes routes;

    private ViewEndpoints(TxnRoutes routes) {
        this.routes = routes;
    }

    public static ViewEndpoints of(Tenant tenant, IntegrationAuth auth, ModelStates states) {
        return new ViewEndpoints(new TxnRoutes(tenant, auth, states));
    }

    public void register(Router router) {
        routes.modelScoped(router, "GET", "/views", this::views);
        routes.modelScoped(router, "GET", "/modules/{moduleId}/views", this::moduleViews);
        routes.modelScoped(router, "GET", "/views/{viewId}", this::metadata);
        routes.modelScoped(router, "GET", "/views/{viewId}/data", this::data);
        routes.modelScoped(router, "GET", "/views/{viewId}/dimensions/{dimensionId}/items", this::dimensionItems);
        routes.workspaceScoped(router, "POST", "/views/{viewId}/readRequests", this::startRead);
        routes.workspaceScoped(router, "GET", "/views/{viewId}/readRequests/{requestId}", this::readStatus);
        routes.workspaceScoped(router, "DELETE", "/views/{viewId}/readRequests/{requestId}", this::deleteRead);
        routes.workspaceScoped(router, "GET", "/views/{viewId}/readRequests/{requestId}/pages/{pageNo}", this::page);
    }

    private SbResponse views(SbRequest req, SbUser user) {
        return SbResponse.ok(Envelopes.page(req, "view", "views", rows(routes.state(req).views())));
    }

    private SbResponse moduleViews(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        String moduleId = req.param("moduleId");
        state.module(moduleId).orElseThrow(ApiException::notFound);
        List<ViewDef> views = state.views().stream().filter(v -> v.moduleId().equals(moduleId)).toList();
        return SbResponse.ok(Envelopes.page(req, "view", "views", rows(views)));
    }

    private static List<ObjectNode> rows(List<ViewDef> views) {
        return views.stream().map(v -> {
            ObjectNode node = Json.object();
            node.put("code", "");
            node.put("id", v.id());
            node.put("name", v.name());
            node.put("moduleId", v.moduleId());
            return node;
        }).toList();
    }

    private SbResponse metadata(SbRequest req, SbUser user) {
        Grid grid = grid(routes.state(req), req, Map.of());
        ObjectNode body = Envelopes.ok(req, "view");
        body.put("viewName", grid.view().name());
        body.put("viewId", grid.view().id());
        axis(body, "rows", grid.rowDims());
        axis(body, "columns", grid.columnDims());
        axis(body, "pages", grid.pageDims());
        return SbResponse.ok(body);
    }

    /** An axis with no dimension is omitted, as on the real service. */
    private static void axis(ObjectNode body, String key, List<Dim> dims) {
        if (dims.isEmpty()) {
            return;
        }
        ArrayNode array = body.putArray(key);
        dims.forEach(d -> array.add(TxnRoutes.ref(d.id(), d.name())));
    }

    /**
     * CSV (or {@code format=v1} JSON) of the view. {@code exportType}: {@code GRID_CURRENT_PAGE} (the default),
     * {@code GRID_ALL_PAGES}, {@code TABULAR_MULTI_COLUMN} or {@code TABULAR_SINGLE_COLUMN} (the tabular ones need the
     * view's {@code moduleId}); {@code maxRows} caps the data rows. Over 1,000,000 cells is a 400.
     */
    private SbResponse data(SbRequest req, SbUser user) {
        Grid grid = grid(routes.state(req), req, selectors(req.query("pages")));
        String exportType = req.query("exportType") == null ? "GRID_CURRENT_PAGE" : req.query("exportType");
        long maxRows = maxRows(req);
        boolean allPages = !exportType.equals("GRID_CURRENT_PAGE");
        if (!DATA_EXPORT_TYPES.contains(exportType)) {
            throw ApiException.badRequest("Invalid exportType '" + exportType + "'");
        }
        if (exportType.startsWith("TABULAR") && !grid.view().moduleId().equals(req.query("moduleId"))) {
            throw ApiException.badRequest("moduleId is required for a " + exportType + " export and must be the "
                    + "view's module (" + grid.view().moduleId() + ")");
        }
        long cells = allPages ? grid.cells() * grid.pageCombinations() : grid.cells();
        if (cells > TxnRoutes.MAX_READ) {
            throw ApiException.badRequest("The view has " + cells + " cells, more than the 1,000,000 cells "
                    + "this call returns. Use page selectors or a large read request.");
        }
        String accept = req.header("Accept");
        boolean json = "v1".equals(req.query("format")) && accept != null && accept.contains("application/json");
        if (json) {
            return SbResponse.stream("application/json", out -> ViewWriters.json(grid, maxRows, out));
        }
        return SbResponse.stream("text/csv", out -> {
            switch (exportType) {
                case "GRID_ALL_PAGES" -> ViewWriters.gridAllPages(grid, maxRows, out);
                case "TABULAR_MULTI_COLUMN" -> ViewWriters.tabularMulti(grid, maxRows, out);
                case "TABULAR_SINGLE_COLUMN" -> ViewWriters.tabularSingle(grid, maxRows, out);
                default -> ViewWriters.csv(grid, maxRows, out);
            }
        });
    }

    /** {@code maxRows}: a whole number of at least 0, else a 400; no cap when absent. */
    private static long maxRows(SbRequest req) {
        String raw = req.query("maxRows");
        if (raw == null || raw.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the 400 below
        }
        throw ApiException.badRequest("Invalid value for 'maxRows': '" + raw + "'");
    }

    private SbResponse dimensionItems(SbRequest req, SbUser user) {
        Grid grid = grid(routes.state(req), req, Map.of());
        String dimensionId = req.param("dimensionId");
        Dim dim = java.util.stream.Stream.of(grid.pageDims(), grid.rowDims(), grid.columnDims()).flatMap(List::stream)
                .filter(d -> d.id().equals(dimensionId)).findFirst().orElseThrow(ApiException::notFound);
        return SbResponse.ok(Envelopes.all(req, "dimension", "items", TxnRoutes.items(dim)));
    }

    private SbResponse startRead(SbRequest req, SbUser user) {
        ModelState state = routes.state(req);
        Grid grid = grid(state, req, Map.of());
        String exportType = req.body().length == 0 ? "TABULAR_MULTI_COLUMN"
                : TxnRoutes.body(req).path("exportType").asString("TABULAR_MULTI_COLUMN");
        if (!EXPORT_TYPES.contains(exportType)) {
            throw ApiException.badRequest("Invalid exportType '" + exportType + "'");
        }
        String viewId = grid.view().id();
        long rows = ViewWriters.tabularRows(grid);
        ReadRequests.Request request = state.readRequests().start(viewId, rows, n -> out -> {
            Grid page = grid(state, req, Map.of());
            long from = Math.min((long) n * ReadRequests.PAGE_ROWS, rows);
            ViewWriters.tabularPage(page, from, Math.min(from + ReadRequests.PAGE_ROWS, rows), out);
        });
        return TxnRoutes.readRequest(req, request, "view", false);
    }

    private SbResponse readStatus(SbRequest req, SbUser user) {
        ReadRequests.Request request = routes.state(req).readRequests().poll(req.param("viewId"), req.param("requestId"))
                .orElseThrow(ApiException::notFound);
        return TxnRoutes.readRequest(req, request, "view", true);
    }

    private SbResponse deleteRead(SbRequest req, SbUser user) {
        ReadRequests.Request request = routes.state(req).readRequests().delete(req.param("viewId"),
                req.param("requestId")).orElseThrow(ApiException::notFound);
        return TxnRoutes.readRequest(req, request, "view", true);
    }

    private SbResponse page(SbRequest req, SbUser user) {
        ReadRequests.Request request = routes.state(req).readRequests().find(req.param("viewId"), req.param("requestId"))
                .orElseThrow(ApiException::notFound);
        return TxnRoutes.readPage(req, request);
    }


    /** The view, or the default view of the module whose id it is, or the view of a line item's module. */
    private static Grid grid(ModelState state, SbRequest req, Map<String, String> pages) {
        String viewId = req.param("viewId");
        ViewDef view = state.view(viewId).or(() -> state.lineItem(viewId).flatMap(li -> state.view(li.moduleId())))
                .orElseThrow(ApiException::notFound);
        return new Grid(state, view, pages);
    }

    /** {@code dimId:itemId[,dimId:itemId]}; a malformed selector is a 400. */
    static Map<String, String> selectors(String pages) {
        Map<String, String> selected = new LinkedHashMap<>();
        if (pages == null || pages.isBlank()) {
            return selected;
        }
        for (String selector : pages.split(",")) {
            String[] parts = selector.trim().split(":", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw ApiException.badRequest("Invalid page selector [" + selector.trim() + "]");
            }
            selected.put(parts[0].trim(), parts[1].trim());
        }
        return selected;
    }
}
