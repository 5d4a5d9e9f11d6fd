package dev.anaplanshell.sandbox.api;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.anaplanshell.sandbox.bulk.BulkJson;
import dev.anaplanshell.sandbox.bulk.ModelBulk;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;

import tools.jackson.databind.node.ObjectNode;

/**
 * Bulk definitions (anaplan-api.md §7.1–7.2): listings and metadata of imports, exports, processes and actions,
 * under both path forms.
 */
final class ActionEndpoints {

    private final BulkSupport bulk;

    ActionEndpoints(BulkSupport bulk) {
        this.bulk = bulk;
    }

    void register(Router router) {
        definitions(router, "imports", "import", BulkJson::imports, "importMetadata", "importMetadata",
                (m, req) -> BulkJson.importMetadata(m, req.param("objectId")));
        definitions(router, "exports", "export", BulkJson::exports, "exportMetadata", "exportMetadata",
                (m, req) -> BulkJson.exportMetadata(m, req.param("objectId")));
        // ?showImportDataSource=true adds each import step's importDataSource (anaplan-api.md §7.2)
        definitions(router, "processes", "process", BulkJson::processes, "processMetadata", "processMetadata",
                (m, req) -> BulkJson.processMetadata(m, req.param("objectId"), req.flag("showImportDataSource")));
        definitions(router, "actions", "action", BulkJson::actions, "action", "action",
                (m, req) -> BulkJson.action(m, req.param("objectId")));
    }

    private void definitions(Router router, String kind, String type, Function<ModelBulk, List<ObjectNode>> list,
            String metadataType, String metadataKey, BiFunction<ModelBulk, SbRequest, Optional<ObjectNode>> metadata) {
        bulk.both(router, "GET", "/" + kind, (req, user) ->
                BulkSupport.page(req, type, kind, list.apply(bulk.model(req)), false));
        bulk.both(router, "GET", "/" + kind + "/{objectId}", (req, user) -> BulkSupport.single(req, metadataType,
                metadataKey, metadata.apply(bulk.model(req), req).orElseThrow(ApiException::notFound)));
    }
}
