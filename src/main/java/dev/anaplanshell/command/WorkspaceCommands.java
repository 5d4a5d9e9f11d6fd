package dev.anaplanshell.command;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.Workspace;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.render.Columns;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.Names;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code workspaces list}, {@code use-workspace}. */
@Component
public class WorkspaceCommands {

    private final AnaplanClient client;
    private final Session session;
    private final Names names;
    private final Output output;

    public WorkspaceCommands(AnaplanClient client, Session session, Names names, Output output) {
        this.client = client;
        this.session = session;
        this.names = names;
        this.output = output;
    }

    @Command(name = "workspaces list", group = "Discovery", description = "List the workspaces you can see")
    public void list(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        session.requireConnection();
        output.list(ctx, Columns.WORKSPACES, client.workspaces().list(), format);
    }

    @Command(name = "use-workspace", group = "Discovery", description = "Make a workspace current (name or ID)")
    public void use(@Argument(index = 0, description = "workspace name or ID")
            @Completes(Kind.WORKSPACE) String workspace, CommandContext ctx) {
        Workspace ws = names.workspace(Arguments.required(workspace, "use-workspace NAME|ID"));
        session.moveTo(new Place(new Place.Named(ws.id(), ws.name()), null));
        output.line(ctx, "Using workspace '" + ws.name() + "' (" + ws.id() + ")");
    }
}
