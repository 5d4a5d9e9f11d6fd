package dev.anaplanshell.command;

import java.nio.file.Path;
import java.util.List;

import dev.anaplanshell.auth.Authenticator;
import dev.anaplanshell.auth.CertificateFormat;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.Regions;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.Column;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.ActiveProfile;
import dev.anaplanshell.session.Profile;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code profile add|list|use|remove}: named connections in the configuration folder. */
@Component
public class ProfileCommands {

    private final ActiveProfile active;
    private final AnaplanClient client;
    private final Authenticator authenticator;
    private final Output output;

    public ProfileCommands(ActiveProfile active, AnaplanClient client, Authenticator authenticator, Output output) {
        this.active = active;
        this.client = client;
        this.authenticator = authenticator;
        this.output = output;
    }

    private List<Column<Profile>> columns() {
        String current = active.profiles().current().map(Profile::name).orElse("");
        return List.of(Column.of("name", Profile::name),
                Column.of("default", p -> p.name().equals(current) ? "*" : ""),
                Column.of("region", p -> p.region() == null ? "" : p.region()),
                Column.of("authUrl", p -> p.endpoints().authUrl().toString()),
                Column.of("apiUrl", p -> p.endpoints().apiUrl().toString()),
                Column.of("oauthUrl", p -> p.endpoints().oauthUrl().toString()),
                Column.of("login", Profile::loginKind),
                Column.of("workspace", p -> p.workspace() == null ? "" : p.workspace()),
                Column.of("model", p -> p.model() == null ? "" : p.model()));
    }

    @Command(name = "profile add", group = "Profiles",
            description = "Add or replace a named connection: hosts or region, how to log in, where to start")
    public void add(@Argument(index = 0, description = "profile name") String name,
            @Option(longName = "region", description = "region preset, e.g. us1, eu3, au1") String region,
            @Option(longName = "auth-url", description = "authentication service") String authUrl,
            @Option(longName = "api-url", description = "Integration API host") String apiUrl,
            @Option(longName = "oauth-url", description = "OAuth service") String oauthUrl,
            @Option(longName = "user", shortName = 'u', description = "user name (e-mail)") String user,
            @Option(longName = "cert", description = "certificate file (stored as a path)")
            @Completes(Kind.FILE) String cert,
            @Option(longName = "key", description = "private key file (stored as a path)")
            @Completes(Kind.FILE) String key,
            @Option(longName = "cert-format", description = "v2 or v1") String certFormat,
            @Option(longName = "keystore", description = "keystore file (stored as a path)")
            @Completes(Kind.FILE) String keystore,
            @Option(longName = "alias", description = "keystore entry") String alias,
            @Option(longName = "client-id", description = "OAuth device-grant client id") String clientId,
            @Option(longName = "workspace", description = "workspace to start in")
            @Completes(Kind.WORKSPACE) String workspace,
            @Option(longName = "model", description = "model to start in")
            @Completes(Kind.MODEL) String model, CommandContext ctx) {
        String n = Arguments.required(name, "profile add NAME [options]").strip();
        if (region != null && Regions.of(region).isEmpty()) {
            throw ShellException.usage("unknown region '" + region + "' (known: " + String.join(", ", Regions.names()) + ")");
        }
        int ways = (user != null ? 1 : 0) + (cert != null || key != null ? 1 : 0) + (keystore != null ? 1 : 0)
                + (clientId != null ? 1 : 0);
        if (ways > 1) {
            throw ShellException.usage("a profile logs in one way: --user, --cert/--key, --keystore/--alias or --client-id");
        }
        if ((cert == null) != (key == null) || (keystore != null && alias == null)) {
            throw ShellException.usage("--cert needs --key, and --keystore needs --alias");
        }
        if (certFormat != null) {
            CertificateFormat.parse(certFormat);
        }
        Profile profile = new Profile(n, region, authUrl, apiUrl, oauthUrl, user, absolute(cert), absolute(key),
                certFormat, absolute(keystore), alias, clientId, workspace, model);
        profile.endpoints();
        active.profiles().add(profile);
        output.line(ctx, "Saved profile '" + n + "' (" + profile.endpoints().apiUrl() + ", "
                + (profile.loginKind().isEmpty() ? "password login" : profile.loginKind()) + ")");
    }

    @Command(name = "profile list", group = "Profiles", description = "List profiles; * marks the default")
    public void list(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        output.list(ctx, columns(), active.profiles().list().stream(), format);
    }

    @Command(name = "profile use", group = "Profiles",
            description = "Switch to a profile's hosts and make it the default for later sessions (logs out)")
    public void use(@Argument(index = 0, description = "profile name")
            @Completes(Kind.PROFILE) String name, CommandContext ctx) {
        Profile profile = active.profiles().use(Arguments.required(name, "profile use NAME"));
        Endpoints endpoints = profile.endpoints();
        boolean wasLoggedIn = authenticator.logout();
        client.useEndpoints(endpoints);
        active.set(profile);
        output.line(ctx, "Using profile '" + profile.name() + "' (" + endpoints.apiUrl() + ")"
                + (wasLoggedIn ? "; logged out of the previous connection" : "") + ": run 'login'");
    }

    @Command(name = "profile remove", group = "Profiles",
            description = "Delete a profile (certificate and key files are left alone)")
    public void remove(@Argument(index = 0, description = "profile name")
            @Completes(Kind.PROFILE) String name, CommandContext ctx) {
        Profile removed = active.profiles().remove(Arguments.required(name, "profile remove NAME"));
        active.get().filter(p -> p.name().equals(removed.name())).ifPresent(p -> active.set(null));
        output.line(ctx, "Removed profile '" + removed.name() + "'");
    }

    private static String absolute(String file) {
        return file == null ? null : Path.of(file).toAbsolutePath().normalize().toString();
    }
}
