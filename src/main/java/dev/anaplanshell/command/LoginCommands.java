package dev.anaplanshell.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.auth.Authenticator;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.User;
import dev.anaplanshell.render.Column;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.Connection;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;
import dev.anaplanshell.shell.ShellException;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code login}, {@code logout}, {@code whoami}, {@code status}. */
@Component
public class LoginCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
            .withZone(ZoneId.systemDefault());
    private static final List<Column<Map.Entry<String, String>>> FIELDS = List.of(
            Column.of("field", Map.Entry::getKey), Column.of("value", Map.Entry::getValue));
    private static final List<Column<User>> USER = List.of(
            Column.of("id", User::id), Column.of("email", User::email), Column.of("firstName", User::firstName),
            Column.of("lastName", User::lastName), Column.of("customerId", User::customerId));

    private final Authenticator authenticator;
    private final AnaplanClient client;
    private final Session session;
    private final Output output;

    public LoginCommands(Authenticator authenticator, AnaplanClient client, Session session, Output output) {
        this.authenticator = authenticator;
        this.client = client;
        this.session = session;
        this.output = output;
    }

    @Command(name = "login", group = "Session", description = "Log in with a user name and password (Basic)",
            help = "The user comes from --user, else ANAPLAN_USER, else a prompt. The password from standard "
                    + "input with --password-stdin, else ANAPLAN_PASSWORD, else a masked prompt.")
    public void login(@Option(longName = "user", shortName = 'u', description = "user name (e-mail)") String user,
            @Option(longName = "password-stdin", description = "read the password from standard input")
            Boolean passwordStdin, CommandContext ctx) {
        String name = user != null ? user : System.getenv("ANAPLAN_USER");
        if (name == null || name.isBlank()) {
            name = ask(() -> ctx.inputReader().readInput("User: "));
        }
        char[] password = Boolean.TRUE.equals(passwordStdin) ? readStdin() : envPassword();
        if (password == null) {
            password = ask(() -> new String(ctx.inputReader().readPassword("Password: "))).toCharArray();
        }
        Connection connection = authenticator.loginBasic(name.strip(), password);
        output.line(ctx, "Logged in as " + connection.user() + " (token valid until "
                + TIME.format(connection.expiresAt()) + ")");
    }

    @Command(name = "logout", group = "Session", description = "End the session's token and forget it")
    public void logout(CommandContext ctx) {
        output.line(ctx, authenticator.logout() ? "Logged out" : "Not logged in");
    }

    @Command(name = "whoami", group = "Session", description = "Show the logged-in user (GET /users/me)")
    public void whoami(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        session.requireConnection();
        output.list(ctx, USER, Stream.of(client.users().me()), format);
    }

    @Command(name = "status", group = "Session",
            description = "Show hosts, user, workspace, model and token expiry (no network call)")
    public void status(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        Connection c = session.connection();
        Place place = session.place();
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        rows.add(Map.entry("authUrl", client.endpoints().authUrl().toString()));
        rows.add(Map.entry("apiUrl", client.endpoints().apiUrl().toString()));
        rows.add(Map.entry("user", c == null ? "(not logged in)" : c.user()));
        rows.add(Map.entry("workspace", place.workspace() == null ? "" : place.workspace().name()
                + " (" + place.workspace().id() + ")"));
        rows.add(Map.entry("model", place.model() == null ? "" : place.model().name() + " (" + place.model().id() + ")"));
        rows.add(Map.entry("tokenExpires", c == null ? "" : TIME.format(c.expiresAt())));
        output.list(ctx, FIELDS, rows.stream(), format);
    }

    private interface Prompt {
        String read() throws Exception;
    }

    private static String ask(Prompt prompt) {
        try {
            String value = prompt.read();
            if (value == null || value.isBlank()) {
                throw ShellException.usage("login needs a user and a password");
            }
            return value;
        } catch (ShellException e) {
            throw e;
        } catch (Exception e) {
            throw ShellException.usage("no terminal to ask on: give --user and --password-stdin, "
                    + "or set ANAPLAN_USER and ANAPLAN_PASSWORD");
        }
    }

    private static char[] envPassword() {
        String pw = System.getenv("ANAPLAN_PASSWORD");
        return pw == null || pw.isEmpty() ? null : pw.toCharArray();
    }

    private static char[] readStdin() {
        if (System.console() != null) {
            throw ShellException.usage("--password-stdin reads a pipe or a file; at a terminal, leave it out to be asked");
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw ShellException.usage("--password-stdin: standard input is empty");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw ShellException.usage("--password-stdin: cannot read standard input");
        }
    }
}
