package dev.anaplanshell.command;

import dev.anaplanshell.bulk.BulkObjects;
import dev.anaplanshell.bulk.TaskFlow;
import dev.anaplanshell.bulk.TaskRunner;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.render.BulkColumns;
import dev.anaplanshell.render.Output;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code processes list}, {@code processes run}. */
@Component
public class ProcessCommands {

    private final AnaplanClient client;
    private final BulkObjects objects;
    private final TaskFlow flow;
    private final Output output;

    public ProcessCommands(AnaplanClient client, BulkObjects objects, TaskFlow flow, Output output) {
        this.client = client;
        this.objects = objects;
        this.flow = flow;
        this.output = output;
    }

    @Command(name = "processes list", group = "Bulk", description = "List the processes of the current model")
    public void list(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        output.list(ctx, BulkColumns.PROCESSES, client.processes().list(objects.model()), format);
    }

    @Command(name = "processes run", group = "Bulk",
            description = "Run a process; steps with rejected rows exit 6 with their dumps in --dump-dir")
    public void run(@Argument(index = 0, description = "process name or ID") @Completes(Kind.PROCESS) String name,
            @Option(longName = "dump-dir", description = "folder for failure dumps (default: the current folder)")
            @Completes(Kind.FILE) String dumpDir,
            @Option(longName = "no-wait", description = "print the task ID and return") Boolean noWait,
            @Option(longName = "wait-timeout", description = "how long to wait for a busy model (default 10m)")
            String waitTimeout, CommandContext ctx) {
        TaskRunner.Run run = objects.run(TaskKind.PROCESS,
                Arguments.required(name, "processes run PROCESS [--dump-dir DIR]"));
        flow.run(ctx, run, noWait, waitTimeout, TaskFlow.dumps(run, null, dumpDir));
    }
}
