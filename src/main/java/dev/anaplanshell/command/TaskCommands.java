package dev.anaplanshell.command;

import java.util.stream.Stream;

import dev.anaplanshell.bulk.BulkObjects;
import dev.anaplanshell.bulk.TaskFlow;
import dev.anaplanshell.bulk.TaskLocator;
import dev.anaplanshell.bulk.TaskLog;
import dev.anaplanshell.bulk.TaskRunner;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.Task;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.render.BulkColumns;
import dev.anaplanshell.render.Output;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code tasks list|status|cancel|wait}. */
@Component
public class TaskCommands {

    private final AnaplanClient client;
    private final BulkObjects objects;
    private final TaskLocator locator;
    private final TaskFlow flow;
    private final Output output;

    public TaskCommands(AnaplanClient client, BulkObjects objects, TaskLocator locator, TaskFlow flow, Output output) {
        this.client = client;
        this.objects = objects;
        this.locator = locator;
        this.flow = flow;
        this.output = output;
    }

    @Command(name = "tasks list", group = "Bulk",
            description = "List the tasks of an import, export, process or action, oldest first")
    public void list(@Argument(index = 0, description = "imports, exports, processes or actions")
            @Completes(Kind.TASK_KIND) String kind,
            @Argument(index = 1, description = "its name or ID") @Completes(Kind.TASK_OBJECT) String name,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        String usage = "tasks list KIND NAME";
        TaskRunner.Run run = objects.run(TaskLocator.kind(Arguments.required(kind, usage)),
                Arguments.required(name, usage));
        output.list(ctx, BulkColumns.TASKS, client.tasks().list(run.model(), run.kind(), run.objectId()), format);
    }

    @Command(name = "tasks status", group = "Bulk",
            description = "Show a task's state and progress (default: the task this session started last)")
    public void status(@Argument(index = 0, description = "task ID") @Completes(Kind.TASK_ID) String taskId,
            @Option(longName = "kind", description = "imports, exports, processes or actions")
            @Completes(Kind.TASK_KIND) String kind,
            @Option(longName = "object", description = "the import, export, process or action")
            @Completes(Kind.TASK_OBJECT) String object,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        TaskLog.Entry e = locator.locate(taskId, kind, object);
        Task task = client.tasks().status(e.model(), e.kind(), e.objectId(), e.taskId());
        output.list(ctx, BulkColumns.TASK_STATUS, Stream.of(task), format);
    }

    @Command(name = "tasks cancel", group = "Bulk",
            description = "Cancel a running task (default: the task this session started last)")
    public void cancel(@Argument(index = 0, description = "task ID") @Completes(Kind.TASK_ID) String taskId,
            @Option(longName = "kind", description = "imports, exports, processes or actions")
            @Completes(Kind.TASK_KIND) String kind,
            @Option(longName = "object", description = "the import, export, process or action")
            @Completes(Kind.TASK_OBJECT) String object,
            CommandContext ctx) {
        TaskLog.Entry e = locator.locate(taskId, kind, object);
        Task task = client.tasks().cancel(e.model(), e.kind(), e.objectId(), e.taskId());
        output.line(ctx, e.kind().label() + " '" + e.objectName() + "' task " + e.taskId() + ": " + task.state());
    }

    @Command(name = "tasks wait", group = "Bulk",
            description = "Wait for a task started with --no-wait; exit codes as for the run commands")
    public void await(@Argument(index = 0, description = "task ID") @Completes(Kind.TASK_ID) String taskId,
            @Option(longName = "kind", description = "imports, exports, processes or actions")
            @Completes(Kind.TASK_KIND) String kind,
            @Option(longName = "object", description = "the import, export, process or action")
            @Completes(Kind.TASK_OBJECT) String object,
            @Option(longName = "dump-dir", description = "folder for failure dumps (default: the current folder)")
            String dumpDir, CommandContext ctx) {
        TaskLog.Entry e = locator.locate(Arguments.required(taskId, "tasks wait TASK"), kind, object);
        TaskRunner.Run run = new TaskRunner.Run(e.model(), e.kind(), e.objectId(), e.objectName());
        flow.follow(ctx, run, e.taskId(), TaskFlow.dumps(run, null, dumpDir));
    }
}
