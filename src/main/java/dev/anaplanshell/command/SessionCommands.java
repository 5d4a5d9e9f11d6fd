package dev.anaplanshell.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.User;
import dev.anaplanshell.render.Column;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.ActiveProfile;
import dev.anaplanshell.session.Connection;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code whoami}, {@code status}. */
@Component
public class SessionCommands {

    private static final List<Column<User>> USER = List.of(
            Column.of("id", User::id), Column.of("email", User::email), Column.of("firstName", User::firstName),
            Column.of("lastName", User::lastName), Column.of("customerId", User::customerId));

    private final AnaplanClient client;
    private final Session session;
    private final ActiveProfile profile;
    private final Output output;

    public SessionCommands(AnaplanClient client, Session session, ActiveProfile profile, Output output) {
        this.client = client;
        this.session = session;
        this.profile = profile;
        this.output = output;
    }

    @Command(name = "whoami", group = "Session", description = "Show the logged-in user (GET /users/me)")
    public void whoami(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        session.requireConnection();
        output.single(ctx, USER, client.users().me(), format);
    }

    @Command(name = "status", group = "Session",
            description = "Show profile, hosts, user, workspace, model and token expiry (no network call)")
    public void status(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        Connection c = session.connection();
        Place place = session.place();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("profile", profile.get().map(p -> p.name()).orElse(null));
        fields.put("authUrl", client.endpoints().authUrl().toString());
        fields.put("apiUrl", client.endpoints().apiUrl().toString());
        fields.put("oauthUrl", client.endpoints().oauthUrl().toString());
        fields.put("user", c == null ? null : c.user());
        fields.put("workspace", place.workspace() == null ? null
                : place.workspace().name() + " (" + place.workspace().id() + ")");
        fields.put("model", place.model() == null ? null : place.model().name() + " (" + place.model().id() + ")");
        fields.put("tokenExpires", c == null ? null : LoginCommands.TIME.format(c.expiresAt()));
        output.record(ctx, fields, format, null);
    }
}
