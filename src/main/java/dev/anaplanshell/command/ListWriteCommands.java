package dev.anaplanshell.command;

import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.Lists;
import dev.anaplanshell.client.model.ListMetadata;
import dev.anaplanshell.client.model.ListWriteResult;
import dev.anaplanshell.client.model.WriteFailure;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.ModelNames;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code lists add}, {@code lists update}, {@code lists delete}: list items from a CSV file. */
@Component
public class ListWriteCommands {

    private static final String HELP = "The CSV header names the fields: id, name, code, parent, and the list's "
            + "properties and subsets by name. Items go in calls of at most 100,000. Rejected rows, with their "
            + "reason, go to --rejected FILE; any rejected row makes the exit code 6.";

    private final AnaplanClient client;
    private final Session session;
    private final ModelNames names;
    private final Output output;
    private final Confirmation confirmation;

    public ListWriteCommands(AnaplanClient client, Session session, ModelNames names, Output output,
            Confirmation confirmation) {
        this.confirmation = confirmation;
        this.client = client;
        this.session = session;
        this.names = names;
        this.output = output;
    }

    @Command(name = "lists add", group = "Lists", description = "Add list items from a CSV file", help = HELP)
    public void add(@Argument(index = 0, description = "list name or ID") @Completes(Kind.LIST) String list,
            @Option(longName = "from", description = "the CSV file of items") @Completes(Kind.FILE) String from,
            @Option(longName = "rejected", description = "write rejected rows here")
            @Completes(Kind.FILE) String rejected,
            CommandContext ctx) {
        write(Lists.Action.ADD, list, from, rejected, true, false, ctx);
    }

    @Command(name = "lists update", group = "Lists",
            description = "Update list items (by id, code or name) from a CSV file", help = HELP)
    public void update(@Argument(index = 0, description = "list name or ID") @Completes(Kind.LIST) String list,
            @Option(longName = "from", description = "the CSV file of items") @Completes(Kind.FILE) String from,
            @Option(longName = "rejected", description = "write rejected rows here")
            @Completes(Kind.FILE) String rejected,
            CommandContext ctx) {
        write(Lists.Action.UPDATE, list, from, rejected, true, false, ctx);
    }

    @Command(name = "lists delete", group = "Lists", description = "Delete list items (by id or code) named in a CSV file",
            help = HELP)
    public void delete(@Argument(index = 0, description = "list name or ID") @Completes(Kind.LIST) String list,
            @Option(longName = "from", description = "the CSV file of items") @Completes(Kind.FILE) String from,
            @Option(longName = "rejected", description = "write rejected rows here")
            @Completes(Kind.FILE) String rejected,
            @Option(longName = "yes", shortName = 'y', description = "do not ask first (needed in scripts)") Boolean yes,
            @Option(longName = "dry-run", description = "show what would be sent, send nothing") Boolean dryRun,
            CommandContext ctx) {
        write(Lists.Action.DELETE, list, from, rejected, yes, dryRun, ctx);
    }

    private void write(Lists.Action action, String list, String from, String rejected, Boolean yes, Boolean dryRun,
            CommandContext ctx) {
        String verb = action.name().toLowerCase(java.util.Locale.ROOT);
        Arguments.required(list, "lists " + verb + " LIST --from FILE.csv");
        Arguments.required(from, "lists " + verb + " LIST --from FILE.csv (the --from option)");
        String modelId = session.requireModel().id();
        ListMetadata metadata = client.lists().metadata(modelId, names.list(list).id());
        CsvInput csv = CsvInput.read(from);
        var items = ListItemCsv.items(csv, metadata);
        if (action == Lists.Action.DELETE && !confirmation.proceed(ctx, "lists delete", yes, dryRun, "Delete "
                + Counts.of(items.size(), "item") + " from list '" + metadata.name() + "'", Confirmation.sent(
                "action", verb, "list", metadata.name(), "listId", metadata.id(), "items", items))) {
            return;
        }
        ListWriteResult result = client.lists().write(action, session.requireWorkspace().id(), modelId,
                metadata.id(), items.iterator());
        // Anaplan counts rejected items among the ignored ones (added 1, ignored 1, total 2 with one failure):
        // "ignored" here is the rest, items skipped without a failure
        int ignored = Math.max(0, result.ignored() - result.failures().size());
        output.line(ctx, switch (action) {
            case ADD -> "Added " + result.added() + ", ignored " + ignored;
            case UPDATE -> "Updated " + result.updated() + ", ignored " + ignored;
            case DELETE -> "Deleted " + result.deleted();
        } + ", rejected " + result.failures().size() + " of " + items.size() + " items in list '" + metadata.name()
                + "'");
        reject(csv, result.failures(), rejected);
    }

    /** Writes the rejected rows (when asked) and ends with exit 6 when there are any. */
    static void reject(CsvInput csv, List<WriteFailure> failures, String rejected) {
        if (failures.isEmpty()) {
            return;
        }
        if (rejected != null && !rejected.isBlank()) {
            List<Integer> rows = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (WriteFailure f : failures) {
                rows.add(f.requestIndex());
                reasons.add(f.failureMessageDetails() == null ? String.valueOf(f.failureType())
                        : f.failureType() + ": " + f.failureMessageDetails());
            }
            csv.writeRejected(rejected, rows, reasons);
        }
        throw CsvInput.rejected(failures.size(), csv.rows().size(), rejected);
    }
}
