package dev.anaplanshell.command;

import java.util.Set;

import dev.anaplanshell.bulk.TaskFlow;
import dev.anaplanshell.bulk.TaskRunner;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.Action;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.render.BulkColumns;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.ModelNames;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code actions list}, {@code actions run}. */
@Component
public class ActionCommands {

    /** Action types that delete list items or model data: they ask first ({@link Confirmation}). */
    static final Set<String> DELETES = Set.of("DELETE_BY_SELECTION", "BULK_DELETE_ENTITIES");

    private final AnaplanClient client;
    private final ModelNames names;
    private final TaskFlow flow;
    private final Output output;
    private final Confirmation confirmation;

    public ActionCommands(AnaplanClient client, ModelNames names, TaskFlow flow,
            Output output, Confirmation confirmation) {
        this.confirmation = confirmation;
        this.client = client;
        this.names = names;
        this.flow = flow;
        this.output = output;
    }

    @Command(name = "actions list", group = "Bulk", description = "List the actions of the current model")
    public void list(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        output.list(ctx, BulkColumns.ACTIONS, client.actions().list(names.path()), format);
    }

    @Command(name = "actions run", group = "Bulk", description = "Run an action (delete by selection, sort...)")
    public void run(@Argument(index = 0, description = "action name or ID") @Completes(Kind.ACTION) String name,
            @Option(longName = "no-wait", description = "print the task ID and return") Boolean noWait,
            @Option(longName = "wait-timeout", description = "how long to wait for a busy model (default 10m)")
            String waitTimeout,
            @Option(longName = "yes", shortName = 'y', description = "do not ask before a delete action (needed in "
                    + "scripts)") Boolean yes,
            @Option(longName = "dry-run", description = "show what would be run, run nothing") Boolean dryRun,
            CommandContext ctx) {
        Action action = names.action(Arguments.required(name, "actions run ACTION"));
        boolean deletes = DELETES.contains(String.valueOf(action.actionType()));
        if (Boolean.TRUE.equals(dryRun) || deletes) {
            if (!confirmation.proceed(ctx, "actions run", deletes ? yes : Boolean.TRUE, dryRun,
                    "Run " + (deletes ? "the delete action '" : "the action '") + action.name() + "'",
                    Confirmation.sent("actionId", action.id(), "action", action.name(), "actionType",
                            action.actionType()))) {
                return;
            }
        }
        TaskRunner.Run run = new TaskRunner.Run(names.path(), TaskKind.ACTION, action.id(), action.name());
        flow.run(ctx, run, noWait, waitTimeout, TaskFlow.dumps(run, null, null));
    }
}
