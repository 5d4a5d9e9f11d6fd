package dev.anaplanshell.command;

import java.util.List;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.CellWrite;
import dev.anaplanshell.client.model.CellWriteResult;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.ModelNames;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code cells write}. */
@Component
public class CellCommands {

    private final AnaplanClient client;
    private final ModelNames names;
    private final Output output;
    private final Confirmation confirmation;

    public CellCommands(AnaplanClient client, ModelNames names, Output output,
            Confirmation confirmation) {
        this.confirmation = confirmation;
        this.client = client;
        this.names = names;
        this.output = output;
    }

    @Command(name = "cells write", group = "Cells", description = "Write cells of a module from a CSV file",
            help = "Header: lineItem, one column per dimension (Regions, Time, Version...) holding item names, and value. "
                    + "Cells go in calls of at most 100,000. Rejected rows, with their reason, go to --rejected FILE; "
                    + "any rejected row makes the exit code 6.")
    public void write(@Argument(index = 0, description = "module name or ID") @Completes(Kind.MODULE) String module,
            @Option(longName = "from", description = "the CSV file of cells") @Completes(Kind.FILE) String from,
            @Option(longName = "rejected", description = "write rejected rows here")
            @Completes(Kind.FILE) String rejected,
            @Option(longName = "yes", shortName = 'y', description = "do not ask first (needed in scripts)") Boolean yes,
            @Option(longName = "dry-run", description = "show what would be sent, send nothing") Boolean dryRun,
            CommandContext ctx) {
        Arguments.required(module, "cells write MODULE --from FILE.csv");
        Arguments.required(from, "cells write MODULE --from FILE.csv (the --from option)");
        Module m = names.module(module);
        CsvInput csv = CsvInput.read(from);
        List<CellWrite> cells = CellCsv.cells(csv);
        if (!confirmation.proceed(ctx, "cells write", yes, dryRun, "Write " + Counts.of(cells.size(), "cell")
                + " of module '" + m.name() + "'", Confirmation.sent("module", m.name(), "moduleId", m.id(),
                "cells", cells))) {
            return;
        }
        CellWriteResult result = client.cells().write(names.model().id(), m.id(), cells.iterator());
        output.line(ctx, "Changed " + result.numberOfCellsChanged() + ", rejected " + result.failures().size() + " of "
                + cells.size() + " cells in module '" + m.name() + "'");
        ListWriteCommands.reject(csv, result.failures(), rejected);
    }
}
