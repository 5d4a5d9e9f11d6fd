package dev.anaplanshell.client;

import java.io.OutputStream;
import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.Chunk;
import dev.anaplanshell.client.model.Task;
import dev.anaplanshell.client.model.TaskKind;

import tools.jackson.databind.JsonNode;

/** Runs of imports, exports, processes and actions (anaplan-api.md §7.5). */
public final class Tasks {

    /** Anaplan documents {@code en_US} as the only supported locale. */
    public static final String LOCALE = "en_US";

    private final Transport transport;

    Tasks(Transport transport) {
        this.transport = transport;
    }

    /**
     * {@code POST …/{kind}/{id}/tasks} with {@code localeName}; returns the new task's id. 404: no such object;
     * 409/423 ({@link AnaplanApiException.ModelBusy}): another task holds the model.
     */
    public String start(ModelPath model, TaskKind kind, String objectId) {
        JsonNode body = transport.post(path(model, kind, objectId), Map.of("localeName", LOCALE));
        // {"task": {"taskId"}} with or without meta/status, or a bare {"taskId"}: Anaplan answers each kind differently
        JsonNode task = body.path("task").isObject() ? body.path("task") : body;
        String taskId = task.path("taskId").asString(null);
        if (taskId == null || taskId.isBlank()) {
            throw new AnaplanApiException.Unavailable(200, "the answer to starting a task had no taskId",
                    path(model, kind, objectId));
        }
        return taskId;
    }

    /** {@code GET …/{kind}/{id}/tasks}, oldest first; empty for an unknown object. */
    public Stream<Task> list(ModelPath model, TaskKind kind, String objectId) {
        return transport.pages(path(model, kind, objectId), Map.of(), "tasks", Task.class);
    }

    /** {@code GET …/tasks/{t}}. 404: no such task (tasks vanish when the model unloads). */
    public Task status(ModelPath model, TaskKind kind, String objectId, String taskId) {
        return transport.convert(transport.get(path(model, kind, objectId) + "/" + taskId, Map.of()).path("task"),
                Task.class);
    }

    /** {@code DELETE …/tasks/{t}}: cancels a task that has not finished; returns its status. */
    public Task cancel(ModelPath model, TaskKind kind, String objectId, String taskId) {
        return transport.convert(transport.delete(path(model, kind, objectId) + "/" + taskId).path("task"), Task.class);
    }

    /**
     * The chunks of a failure dump: an import task's ({@code stepId} null, {@code …/dump/chunks}) or a process step's
     * ({@code …/dumps/{stepId}/chunks}). 404: no dump.
     */
    public Stream<Chunk> dumpChunks(ModelPath model, TaskKind kind, String objectId, String taskId, String stepId) {
        return transport.pages(dumpPath(model, kind, objectId, taskId, stepId) + "/chunks", Map.of(), "chunks",
                Chunk.class);
    }

    /** One chunk of a failure dump, streamed into {@code target}. */
    public long downloadDumpChunk(ModelPath model, TaskKind kind, String objectId, String taskId, String stepId,
            String chunkId, java.util.function.LongFunction<OutputStream> sink) {
        return transport.download(dumpPath(model, kind, objectId, taskId, stepId) + "/chunks/" + chunkId, sink);
    }

    private static String path(ModelPath model, TaskKind kind, String objectId) {
        return model.of("/" + kind.path() + "/" + objectId + "/tasks");
    }

    private static String dumpPath(ModelPath model, TaskKind kind, String objectId, String taskId, String stepId) {
        String task = path(model, kind, objectId) + "/" + taskId;
        return stepId == null ? task + "/dump" : task + "/dumps/" + stepId;
    }
}
