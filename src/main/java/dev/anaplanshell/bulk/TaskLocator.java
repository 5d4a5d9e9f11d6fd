package dev.anaplanshell.bulk;

import java.util.Optional;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.session.Catalog;

import org.springframework.stereotype.Component;

/**
 * Finds which import, export, process or action a task id belongs to: the session's own tasks first, then
 * {@code --kind}/{@code --object} when given, else the task lists of every object of the current model.
 */
@Component
public class TaskLocator {

    private final AnaplanClient client;
    private final BulkObjects objects;
    private final Catalog catalog;
    private final TaskLog log;

    public TaskLocator(AnaplanClient client, BulkObjects objects, Catalog catalog, TaskLog log) {
        this.client = client;
        this.objects = objects;
        this.catalog = catalog;
        this.log = log;
    }

    /** @param taskId null for the task this session started last */
    public TaskLog.Entry locate(String taskId, String kind, String object) {
        if (taskId == null || taskId.isBlank()) {
            return log.last().orElseThrow(() -> ShellException.usage("no task started in this session: give a TASK"));
        }
        Optional<TaskLog.Entry> known = log.find(taskId);
        if (known.isPresent()) {
            return known.get();
        }
        if (kind != null && object != null) {
            TaskRunner.Run run = objects.run(kind(kind), object);
            return new TaskLog.Entry(taskId, run.model(), run.kind(), run.objectId(), run.objectName());
        }
        ModelPath model = objects.model();
        for (TaskKind k : TaskKind.values()) {
            for (NamedRef o : catalog.tasks(model, k)) {
                if (client.tasks().list(model, k, o.id()).anyMatch(t -> taskId.equals(t.taskId()))) {
                    return new TaskLog.Entry(taskId, model, k, o.id(), o.name());
                }
            }
        }
        throw ShellException.notFound("Task '" + taskId + "' not found in the current model's imports, exports, "
                + "processes or actions");
    }

    public static TaskKind kind(String text) {
        TaskKind k = TaskKind.parse(text);
        if (k == null) {
            throw ShellException.usage("unknown kind '" + text + "': use imports, exports, processes or actions");
        }
        return k;
    }

}
