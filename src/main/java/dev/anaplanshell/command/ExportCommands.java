package dev.anaplanshell.command;

import java.nio.file.Path;
import java.time.Duration;

import dev.anaplanshell.bulk.BulkObjects;
import dev.anaplanshell.bulk.TaskFlow;
import dev.anaplanshell.bulk.TaskRunner;
import dev.anaplanshell.bulk.Transfers;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.Task;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.render.BulkColumns;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.Progress;
import dev.anaplanshell.render.Progresses;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code exports list}, {@code exports run}. */
@Component
public class ExportCommands {

    private final AnaplanClient client;
    private final BulkObjects objects;
    private final TaskFlow flow;
    private final Transfers transfers;
    private final Progresses progresses;
    private final Output output;

    public ExportCommands(AnaplanClient client, BulkObjects objects, TaskFlow flow, Transfers transfers,
            Progresses progresses, Output output) {
        this.client = client;
        this.objects = objects;
        this.flow = flow;
        this.transfers = transfers;
        this.progresses = progresses;
        this.output = output;
    }

    @Command(name = "exports list", group = "Bulk", description = "List the exports of the current model")
    public void list(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        output.list(ctx, BulkColumns.EXPORTS, client.exports().list(objects.model()), format);
    }

    @Command(name = "exports run", group = "Bulk",
            description = "Run an export and download its file (to --out, default the export's name)")
    public void run(@Argument(index = 0, description = "export name or ID") @Completes(Kind.EXPORT) String export,
            @Option(longName = "out", description = "the local file to write") @Completes(Kind.FILE) String out,
            @Option(longName = "no-wait", description = "print the task ID and return") Boolean noWait,
            @Option(longName = "wait-timeout", description = "how long to wait for a busy model (default 10m)")
            String waitTimeout, CommandContext ctx) {
        long start = System.nanoTime();
        TaskRunner.Run run = objects.run(TaskKind.EXPORT,
                Arguments.required(export, "exports run EXPORT [--out LOCAL]"));
        Path target = Path.of(out == null || out.isBlank() ? run.objectName() : out);
        Task task = flow.run(ctx, run, noWait, waitTimeout, TaskFlow.dumps(run, null, null));
        if (task == null) {
            return;
        }
        Transfers.Moved moved = Interrupts.call(() -> {
            try (Progress p = progresses.open(ctx, "Downloading " + run.objectName())) {
                return transfers.download(run.model(), run.objectId(), target, p);
            }
        });
        output.line(ctx, "Exported '" + run.objectName() + "' to " + target + ": "
                + Counts.of(moved.bytes(), "byte") + " in " + Counts.of(moved.chunks(), "chunk") + ", "
                + Interrupts.seconds(Duration.ofNanos(System.nanoTime() - start)));
    }
}
