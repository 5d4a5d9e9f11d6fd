package dev.anaplanshell.command;

import java.nio.file.Path;
import java.util.stream.Stream;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.render.Columns;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.ModelNames;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code lineitems list}, {@code lineitems export}. */
@Component
public class LineItemCommands {

    private final AnaplanClient client;
    private final Session session;
    private final ModelNames names;
    private final Output output;

    public LineItemCommands(AnaplanClient client, Session session, ModelNames names, Output output) {
        this.client = client;
        this.session = session;
        this.names = names;
        this.output = output;
    }

    @Command(name = "lineitems list", group = "Model",
            description = "List the line items of the current model, or of one module")
    public void list(@Option(longName = "module", shortName = 'm', description = "module name or ID")
            @Completes(Kind.MODULE) String module,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        output.list(ctx, Columns.LINE_ITEMS, lineItems(module), format);
    }

    @Command(name = "lineitems export", group = "Model",
            description = "Write every line item with all its metadata to a CSV file",
            help = "Columns: id,name,moduleId,moduleName,formula,format,formatMetadata,... (see docs/commands.md in the install folder). "
                    + "The file is written whole or not at all.")
    public void export(@Argument(index = 0, description = "the CSV file to write") @Completes(Kind.FILE) String file,
            @Option(longName = "module", shortName = 'm', description = "module name or ID")
            @Completes(Kind.MODULE) String module,
            @Option(longName = "excel",
                    description = "start with a UTF-8 byte order mark, for Excel; with the CSV injection guard")
            Boolean excel,
            @Option(longName = "csv-safe", description = "cells starting = + - @ get a ' before them (on with --excel)")
            Boolean csvSafe,
            CommandContext ctx) {
        Path target = Path.of(Arguments.required(file,
                "lineitems export FILE [--module NAME|ID] [--excel] [--csv-safe]"));
        session.requireConnection();
        String modelId = session.requireModel().id();
        Stream<String[]> cells = module == null ? client.lineItems().cells(modelId, LineItem.FIELDS)
                : client.lineItems().cells(modelId, names.module(module).id(), LineItem.FIELDS);
        long rows = output.exportCells(LineItem.FIELDS, cells, target, Boolean.TRUE.equals(excel),
                Boolean.TRUE.equals(csvSafe));
        output.wrote(ctx, target, "Exported " + rows + " line items to " + target);
    }

    private Stream<LineItem> lineItems(String module) {
        session.requireConnection();
        String modelId = session.requireModel().id();
        return module == null ? client.lineItems().list(modelId)
                : client.lineItems().list(modelId, names.module(module).id());
    }
}
