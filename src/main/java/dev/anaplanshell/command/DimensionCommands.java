package dev.anaplanshell.command;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.DimensionItem;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.formula.LineItemIndex;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.TransactionalColumns;
import dev.anaplanshell.session.ModelNames;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code dimensions items}, {@code lineitems dimensions}. */
@Component
public class DimensionCommands {

    private final AnaplanClient client;
    private final Session session;
    private final ModelNames names;
    private final Output output;

    public DimensionCommands(AnaplanClient client, Session session, ModelNames names, Output output) {
        this.client = client;
        this.session = session;
        this.names = names;
        this.output = output;
    }

    @Command(name = "dimensions items", group = "Lists",
            description = "List the items of a dimension: a list, a subset (by ID) or Versions")
    public void items(@Argument(index = 0, description = "dimension name or ID")
            @Completes(Kind.DIMENSION) String dimension,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            @Option(longName = "out", description = "write to this file instead") String out, CommandContext ctx) {
        DimensionItem dim = names.dimension(Arguments.required(dimension, "dimensions items DIM"));
        output.list(ctx, TransactionalColumns.DIMENSION_ITEMS,
                client.dimensions().items(session.requireModel().id(), dim.id()), format, out);
    }

    @Command(name = "lineitems dimensions", group = "Model", description = "List the dimensions a line item applies to")
    public void dimensions(@Argument(index = 0, description = "line item: name, Module.Line Item or ID")
            @Completes(Kind.LINE_ITEM) String lineItem,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            @Option(longName = "out", description = "write to this file instead") String out, CommandContext ctx) {
        String wanted = Arguments.required(lineItem, "lineitems dimensions LINEITEM");
        LineItem li = new LineItemIndex(session.requireModel().name(), names.lineItems()).find(wanted);
        output.list(ctx, TransactionalColumns.DIMENSION_ITEMS,
                client.dimensions().ofLineItem(session.requireModel().id(), li.id()), format, out);
    }
}
