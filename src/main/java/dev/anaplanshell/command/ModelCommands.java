package dev.anaplanshell.command;

import java.util.stream.Stream;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.render.Columns;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.Catalog;
import dev.anaplanshell.session.Names;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code models list}, {@code use-model}. */
@Component
public class ModelCommands {

    private final AnaplanClient client;
    private final Session session;
    private final Names names;
    private final Catalog catalog;
    private final Output output;

    public ModelCommands(AnaplanClient client, Session session, Names names, Catalog catalog, Output output) {
        this.client = client;
        this.session = session;
        this.names = names;
        this.catalog = catalog;
        this.output = output;
    }

    @Command(name = "models list", group = "Discovery",
            description = "List the models of the current workspace, or all models when none is current")
    public void list(@Option(longName = "all", shortName = 'a', description = "all models, in every workspace")
            Boolean all, @Option(longName = "output", shortName = 'o', description = "table, csv or json")
            String format, CommandContext ctx) {
        session.requireConnection();
        Place.Named ws = session.place().workspace();
        Stream<Model> models = ws == null || Boolean.TRUE.equals(all) ? client.models().list()
                : client.models().list(ws.id());
        output.list(ctx, Columns.MODELS, models.map(catalog::named), format);
    }

    @Command(name = "use-model", group = "Discovery",
            description = "Make a model current (name or ID); its workspace becomes current too")
    public void use(@Argument(index = 0, description = "model name or ID")
            @Completes(Kind.MODEL) String model, CommandContext ctx) {
        Model m = names.model(Arguments.required(model, "use-model NAME|ID"));
        Place place = names.place(m);
        session.moveTo(place);
        output.line(ctx, "Using model '" + m.name() + "' (" + m.id() + ") in workspace '"
                + place.workspace().name() + "'");
    }
}
