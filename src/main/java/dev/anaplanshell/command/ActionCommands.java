package dev.anaplanshell.command;

import dev.anaplanshell.bulk.BulkObjects;
import dev.anaplanshell.bulk.TaskFlow;
import dev.anaplanshell.bulk.TaskRunner;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.render.BulkColumns;
import dev.anaplanshell.render.Output;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code actions list}, {@code actions run}. */
@Component
public class ActionCommands {

    private final AnaplanClient client;
    private final BulkObjects objects;
    private final TaskFlow flow;
    private final Output output;

    public ActionCommands(AnaplanClient client, BulkObjects objects, TaskFlow flow, Output output) {
        this.client = client;
        this.objects = objects;
        this.flow = flow;
        this.output = output;
    }

    @Command(name = "actions list", group = "Bulk", description = "List the actions of the current model")
    public void list(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        output.list(ctx, BulkColumns.ACTIONS, client.actions().list(objects.model()), format);
    }

    @Command(name = "actions run", group = "Bulk", description = "Run an action (delete by selection, sort...)",
            completionProvider = "actionRunCompletion")
    public void run(@Argument(index = 0, description = "action name or ID") String name,
            @Option(longName = "no-wait", description = "print the task ID and return") Boolean noWait,
            @Option(longName = "wait-timeout", description = "how long to wait for a busy model (default 10m)")
            String waitTimeout, CommandContext ctx) {
        TaskRunner.Run run = objects.run(TaskKind.ACTION, Arguments.required(name, "actions run ACTION"));
        flow.run(ctx, run, noWait, waitTimeout, TaskFlow.dumps(run, null, null));
    }
}
