package dev.anaplanshell.command;

import java.util.stream.Stream;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.ListMetadata;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.TransactionalColumns;
import dev.anaplanshell.session.ModelNames;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code lists list}, {@code lists show}, {@code lists items}. */
@Component
public class ListCommands {

    private final AnaplanClient client;
    private final Session session;
    private final ModelNames names;
    private final Output output;

    public ListCommands(AnaplanClient client, Session session, ModelNames names, Output output) {
        this.client = client;
        this.session = session;
        this.names = names;
        this.output = output;
    }

    @Command(name = "lists list", group = "Lists", description = "List the lists of the current model")
    public void list(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            @Option(longName = "out", description = "write to this file instead") String out, CommandContext ctx) {
        session.requireConnection();
        output.list(ctx, TransactionalColumns.LISTS, client.lists().list(session.requireModel().id()), format, out);
    }

    @Command(name = "lists show", group = "Lists", description = "Show a list's metadata: items, parent, properties, subsets",
            completionProvider = "listCompletion")
    public void show(@Argument(index = 0, description = "list name or ID") String list,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            @Option(longName = "out", description = "write to this file instead") String out, CommandContext ctx) {
        ListMetadata metadata = metadata(Arguments.required(list, "lists show LIST"));
        output.list(ctx, TransactionalColumns.FIELDS, TransactionalColumns.fields(metadata).stream(), format, out);
    }

    @Command(name = "lists items", group = "Lists",
            description = "List every item of a list with its properties and subsets",
            help = "Lists over 1,000,000 items are read with a large-volume read request (or with --large); the "
                    + "rows stream from the service to the output, so any size works.",
            completionProvider = "listCompletion")
    public void items(@Argument(index = 0, description = "list name or ID") String list,
            @Option(longName = "large", description = "use a large-volume read request") Boolean large,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            @Option(longName = "out", description = "write to this file instead") String out, CommandContext ctx) {
        ListMetadata metadata = metadata(Arguments.required(list, "lists items LIST"));
        Place.Named ws = session.requireWorkspace();
        Stream<dev.anaplanshell.client.model.ListItem> items = client.lists().items(ws.id(),
                session.requireModel().id(), metadata.id(), Boolean.TRUE.equals(large));
        output.list(ctx, TransactionalColumns.listItems(metadata), items, format, out);
    }

    private ListMetadata metadata(String list) {
        ListInfo info = names.list(list);
        return client.lists().metadata(session.requireModel().id(), info.id());
    }
}
