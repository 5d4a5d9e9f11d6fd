package dev.anaplanshell.sandbox.api;

import java.util.List;

import dev.anaplanshell.sandbox.bulk.BulkJson;
import dev.anaplanshell.sandbox.bulk.FileContent;
import dev.anaplanshell.sandbox.bulk.ModelBulk;
import dev.anaplanshell.sandbox.bulk.SbTask;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tasks (anaplan-api.md §7.5): start ({@code localeName} required), list, status, cancel (DELETE), and failure dumps
 * of imports ({@code /dump}) and of process steps ({@code /dumps/{objectId}}), each whole or by chunk.
 */
final class TaskEndpoints {

    private static final List<String> KINDS = List.of(ModelBulk.IMPORTS, ModelBulk.EXPORTS, ModelBulk.PROCESSES,
            ModelBulk.ACTIONS);
    private static final String TEXT = "text/plain";

    private final BulkSupport bulk;

    TaskEndpoints(BulkSupport bulk) {
        this.bulk = bulk;
    }

    void register(Router router) {
        for (String kind : KINDS) {
            String tasks = "/" + kind + "/{objectId}/tasks";
            bulk.both(router, "POST", tasks, (req, user) -> start(req, kind));
            bulk.both(router, "GET", tasks, (req, user) -> list(req, kind));
            bulk.both(router, "GET", tasks + "/{taskId}", (req, user) -> status(req, kind));
            bulk.both(router, "DELETE", tasks + "/{taskId}", (req, user) -> cancel(req, kind));
        }
        String importTask = "/imports/{objectId}/tasks/{taskId}";
        bulk.both(router, "GET", importTask + "/dump", this::importDump);
        bulk.both(router, "GET", importTask + "/dump/chunks", (req, user) -> dumpChunks(req, ModelBulk.IMPORTS, null));
        bulk.both(router, "GET", importTask + "/dump/chunks/{chunkId}", (req, user) ->
                BulkSupport.chunk(dump(req, ModelBulk.IMPORTS, null), req.param("chunkId"), TEXT));
        String processTask = "/processes/{objectId}/tasks/{taskId}/dumps/{stepId}";
        bulk.both(router, "GET", processTask, (req, user) ->
                BulkSupport.whole(dump(req, ModelBulk.PROCESSES, req.param("stepId")), TEXT));
        bulk.both(router, "GET", processTask + "/chunks", (req, user) ->
                dumpChunks(req, ModelBulk.PROCESSES, req.param("stepId")));
        bulk.both(router, "GET", processTask + "/chunks/{chunkId}", (req, user) ->
                BulkSupport.chunk(dump(req, ModelBulk.PROCESSES, req.param("stepId")), req.param("chunkId"), TEXT));
    }

    private SbResponse start(SbRequest req, String kind) {
        ModelBulk model = bulk.model(req);
        JsonNode locale = BulkSupport.jsonBody(req).path("localeName");
        if (!locale.isString() || locale.asString().isBlank()) {
            throw ApiException.badRequest("localeName is required, e.g. {\"localeName\": \"en_US\"}");
        }
        SbTask task = model.start(kind, req.param("objectId"), bulk.clock.instant());
        // one envelope for all four kinds, as the live service answers (Anaplan Connect's captured
        // create_task_response.json, anaplan-api.md §7.5), whatever shape the spec gives each kind
        return BulkSupport.single(req, "task", "task", BulkJson.taskSummary(model.view(task, bulk.clock.instant())));
    }

    /** Unknown objects list no tasks rather than a 404, as the real service does. */
    private SbResponse list(SbRequest req, String kind) {
        ModelBulk model = bulk.model(req);
        List<ObjectNode> rows = model.tasks(kind, req.param("objectId")).stream()
                .map(t -> BulkJson.taskSummary(model.view(t, bulk.clock.instant()))).toList();
        if ("-creationTime".equals(req.query("sort")) || "-creationDate".equals(req.query("sort"))) {
            rows = new java.util.ArrayList<>(rows);
            java.util.Collections.reverse(rows);
        }
        return BulkSupport.page(req, "task", "tasks", rows, true);
    }

    /** A task's status; a process task with {@code includeProcessDetails=true} also times its steps. */
    private SbResponse status(SbRequest req, String kind) {
        ModelBulk model = bulk.model(req);
        SbTask.View view = model.view(task(model, req, kind), bulk.clock.instant());
        ObjectNode task = BulkJson.task(view);
        if (kind.equals(ModelBulk.PROCESSES) && req.flag("includeProcessDetails")) {
            BulkJson.withProcessDetails(task, view);
        }
        return BulkSupport.single(req, "task", "task", task);
    }

    private SbResponse cancel(SbRequest req, String kind) {
        ModelBulk model = bulk.model(req);
        return BulkSupport.single(req, "task", "task", BulkJson.task(model.cancel(task(model, req, kind),
                bulk.clock.instant())));
    }

    /** 204 when the import finished without rejected rows, 404 while it runs. */
    private SbResponse importDump(SbRequest req, SbUser user) {
        ModelBulk model = bulk.model(req);
        SbTask task = task(model, req, ModelBulk.IMPORTS);
        if (model.view(task, bulk.clock.instant()).state() != SbTask.State.COMPLETE) {
            throw ApiException.notFound();
        }
        return BulkJson.dump(task, null).map(d -> BulkSupport.whole(d, TEXT)).orElseGet(SbResponse::noContent);
    }

    private SbResponse dumpChunks(SbRequest req, String kind, String stepId) {
        return BulkSupport.page(req, "chunk", "chunks", BulkSupport.chunkList(dump(req, kind, stepId)), true);
    }

    private FileContent dump(SbRequest req, String kind, String stepId) {
        ModelBulk model = bulk.model(req);
        SbTask task = task(model, req, kind);
        model.view(task, bulk.clock.instant());
        return BulkJson.dump(task, stepId).orElseThrow(ApiException::notFound);
    }

    private SbTask task(ModelBulk model, SbRequest req, String kind) {
        return model.task(kind, req.param("objectId"), req.param("taskId")).orElseThrow(ApiException::notFound);
    }
}
