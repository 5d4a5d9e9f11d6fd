package dev.anaplanshell.command;

import java.nio.file.Path;

import dev.anaplanshell.bulk.TaskFlow;
import dev.anaplanshell.bulk.TaskRunner;
import dev.anaplanshell.bulk.Transfers;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.Import;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.BulkColumns;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.Progress;
import dev.anaplanshell.render.Progresses;
import dev.anaplanshell.session.ModelNames;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code imports list}, {@code imports run}. */
@Component
public class ImportCommands {

    private final AnaplanClient client;
    private final ModelNames names;
    private final TaskFlow flow;
    private final Transfers transfers;
    private final Progresses progresses;
    private final Output output;

    public ImportCommands(AnaplanClient client, ModelNames names, TaskFlow flow,
            Transfers transfers, Progresses progresses, Output output) {
        this.client = client;
        this.names = names;
        this.flow = flow;
        this.transfers = transfers;
        this.progresses = progresses;
        this.output = output;
    }

    @Command(name = "imports list", group = "Bulk", description = "List the imports of the current model")
    public void list(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        output.list(ctx, BulkColumns.IMPORTS, client.imports().list(names.path()), format);
    }

    @Command(name = "imports run", group = "Bulk",
            description = "Run an import, optionally uploading its data file first; rejected rows exit 6 with a dump")
    public void run(@Argument(index = 0, description = "import name or ID") @Completes(Kind.IMPORT) String name,
            @Option(longName = "upload", description = "a local file to upload to the import's data source first")
            @Completes(Kind.FILE) String upload,
            @Option(longName = "dump", description = "where to save the failure dump (default NAME.failures.csv)")
            @Completes(Kind.FILE) String dump,
            @Option(longName = "no-wait", description = "print the task ID and return") Boolean noWait,
            @Option(longName = "wait-timeout", description = "how long to wait for a busy model (default 10m)")
            String waitTimeout, CommandContext ctx) {
        Import def = names.importDef(Arguments.required(name,
                "imports run IMPORT [--upload LOCAL] [--dump LOCAL]"));
        TaskRunner.Run run = new TaskRunner.Run(names.path(), TaskKind.IMPORT, def.id(), def.name());
        if (upload != null && !upload.isBlank()) {
            if (def.importDataSourceId() == null || !def.importDataSourceId().startsWith("113")) {
                throw ShellException.usage("import '" + def.name() + "' does not read a file: --upload does not apply");
            }
            Transfers.Moved moved = Interrupts.call(() -> {
                try (Progress p = progresses.open(ctx, "Uploading " + upload)) {
                    return transfers.upload(run.model(), def.importDataSourceId(), Path.of(upload), 10, p);
                }
            });
            output.line(ctx, "Uploaded " + upload + ": " + Counts.of(moved.bytes(), "byte") + " in "
                    + Counts.of(moved.chunks(), "chunk"));
        }
        flow.run(ctx, run, noWait, waitTimeout, TaskFlow.dumps(run, dump, null));
    }
}
