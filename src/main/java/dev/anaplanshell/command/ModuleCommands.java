package dev.anaplanshell.command;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.render.Columns;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code modules list}. */
@Component
public class ModuleCommands {

    private final AnaplanClient client;
    private final Session session;
    private final Output output;

    public ModuleCommands(AnaplanClient client, Session session, Output output) {
        this.client = client;
        this.session = session;
        this.output = output;
    }

    @Command(name = "modules list", group = "Model", description = "List the modules of the current model")
    public void list(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        session.requireConnection();
        output.list(ctx, Columns.MODULES, client.modules().list(session.requireModel().id()), format);
    }
}
