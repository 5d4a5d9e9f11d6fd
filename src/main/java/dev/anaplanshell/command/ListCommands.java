package dev.anaplanshell.command;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.ListItem;
import dev.anaplanshell.client.model.ListMetadata;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
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

    /** How many items {@code lists items} reads before it fixes its columns. */
    static final int PEEK = 1000;

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

    @Command(name = "lists show", group = "Lists", description = "Show a list's metadata: items, parent, properties, subsets")
    public void show(@Argument(index = 0, description = "list name or ID") @Completes(Kind.LIST) String list,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            @Option(longName = "out", description = "write to this file instead") String out, CommandContext ctx) {
        ListMetadata metadata = metadata(Arguments.required(list, "lists show LIST"));
        output.record(ctx, TransactionalColumns.fields(metadata), format, out);
    }

    @Command(name = "lists items", group = "Lists",
            description = "List every item of a list with its properties and subsets",
            help = "Lists over 1,000,000 items are read with a large-volume read request (or with --large); the "
                    + "rows stream from the service to the output, so any size works.")
    public void items(@Argument(index = 0, description = "list name or ID") @Completes(Kind.LIST) String list,
            @Option(longName = "large", description = "use a large-volume read request") Boolean large,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            @Option(longName = "out", description = "write to this file instead") String out, CommandContext ctx) {
        ListMetadata metadata = metadata(Arguments.required(list, "lists items LIST"));
        Place.Named ws = session.requireWorkspace();
        Stream<ListItem> items = client.lists().items(ws.id(), session.requireModel().id(), metadata.id(),
                Boolean.TRUE.equals(large));
        Iterator<ListItem> rows = items.iterator();
        List<ListItem> first = new ArrayList<>();
        while (first.size() < PEEK && rows.hasNext()) {
            first.add(rows.next());
        }
        Stream<ListItem> all = Stream.concat(first.stream(), StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)).onClose(items::close);
        output.list(ctx, TransactionalColumns.listItems(carried(metadata, first)), all, format, out);
    }

    /**
     * The list's metadata with the properties and subsets {@code items} carry that it does not name (the live
     * service's metadata may leave some out), after those it names, in the items' order.
     */
    static ListMetadata carried(ListMetadata metadata, List<ListItem> items) {
        Set<String> properties = new LinkedHashSet<>();
        Set<String> subsets = new LinkedHashSet<>();
        items.forEach(i -> {
            properties.addAll(i.properties().keySet());
            subsets.addAll(i.subsets().keySet());
        });
        metadata.properties().forEach(p -> properties.remove(p.name()));
        metadata.subsets().forEach(s -> subsets.remove(s.name()));
        if (properties.isEmpty() && subsets.isEmpty()) {
            return metadata;
        }
        List<ListMetadata.Property> allProperties = new ArrayList<>(metadata.properties());
        properties.forEach(name -> allProperties.add(new ListMetadata.Property(null, name, null, null, null)));
        List<NamedRef> allSubsets = new ArrayList<>(metadata.subsets());
        subsets.forEach(name -> allSubsets.add(new NamedRef(null, name)));
        ListMetadata m = metadata;
        return new ListMetadata(m.id(), m.name(), allProperties, m.hasSelectiveAccess(), m.parent(), m.managedBy(),
                m.numberedList(), m.useTopLevelAsPageDefault(), m.itemCount(), m.workflowEnabled(),
                m.productionData(), allSubsets, m.topLevelItem());
    }

    private ListMetadata metadata(String list) {
        ListInfo info = names.list(list);
        return client.lists().metadata(session.requireModel().id(), info.id());
    }
}
