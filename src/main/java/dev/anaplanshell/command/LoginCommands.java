package dev.anaplanshell.command;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import dev.anaplanshell.auth.Authenticator;
import dev.anaplanshell.auth.CertificateFiles;
import dev.anaplanshell.auth.CertificateFormat;
import dev.anaplanshell.auth.Credentials;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.Workspace;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.ActiveProfile;
import dev.anaplanshell.session.Connection;
import dev.anaplanshell.session.Names;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Profile;
import dev.anaplanshell.session.Session;
import dev.anaplanshell.shell.ShellException;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code login} (password, CA certificate, keystore, OAuth device grant) and {@code logout}. */
@Component
public class LoginCommands {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
            .withZone(ZoneId.systemDefault());

    private final Authenticator authenticator;
    private final Session session;
    private final ActiveProfile profile;
    private final Names names;
    private final Output output;

    public LoginCommands(Authenticator authenticator, Session session, ActiveProfile profile, Names names,
            Output output) {
        this.authenticator = authenticator;
        this.session = session;
        this.profile = profile;
        this.names = names;
        this.output = output;
    }

    @Command(name = "login", group = "Session",
            description = "Log in: password (Basic), CA certificate (PEM pair or keystore) or OAuth device grant",
            help = "With no options, the way the active profile says, else a password. Passwords come from "
                    + "--password-stdin, ANAPLAN_PASSWORD or a masked prompt; key and keystore passwords from "
                    + "--key-password-stdin / --store-password-stdin, ANAPLAN_KEY_PASSWORD / ANAPLAN_STORE_PASSWORD "
                    + "or a prompt. See docs/authentication.md.")
    public void login(@Option(longName = "user", shortName = 'u', description = "user name (e-mail)") String user,
            @Option(longName = "password-stdin", description = "read the password from standard input") Boolean pwStdin,
            @Option(longName = "cert", description = "CA certificate, PEM or DER file") String cert,
            @Option(longName = "key", description = "its private key, PEM (PKCS#8 or PKCS#1)") String key,
            @Option(longName = "key-password-stdin", description = "read the key's password from standard input")
            Boolean keyStdin,
            @Option(longName = "cert-format", description = "v2 (default, timestamped) or v1") String certFormat,
            @Option(longName = "keystore", description = "PKCS#12 or JKS keystore") String keystore,
            @Option(longName = "alias", description = "the keystore entry") String alias,
            @Option(longName = "store-password-stdin", description = "read the keystore's password from standard input")
            Boolean storeStdin,
            @Option(longName = "oauth", description = "OAuth 2.0 device grant") Boolean oauth,
            @Option(longName = "client-id", description = "the OAuth client's id") String clientId,
            CommandContext ctx) {
        Profile p = profile.get().orElse(null);
        boolean explicit = user != null || cert != null || key != null || keystore != null
                || Boolean.TRUE.equals(oauth) || clientId != null;
        Profile defaults = explicit || p == null ? null : p;
        Connection connection;
        if (Boolean.TRUE.equals(oauth) || clientId != null || (defaults != null && defaults.clientId() != null)) {
            String id = clientId != null ? clientId : defaults != null ? defaults.clientId() : null;
            if (id == null) {
                throw ShellException.usage("login --oauth needs --client-id ID (or a profile with one)");
            }
            connection = authenticator.loginOAuth(id.strip(), line -> output.line(ctx, line));
        } else if (keystore != null || (defaults != null && defaults.keystore() != null)) {
            String file = keystore != null ? keystore : defaults.keystore();
            String entry = alias != null ? alias : defaults != null ? defaults.alias() : null;
            if (entry == null) {
                throw ShellException.usage("login --keystore needs --alias ALIAS");
            }
            char[] pw = Secrets.read(Boolean.TRUE.equals(storeStdin), "--store-password-stdin", "ANAPLAN_STORE_PASSWORD",
                    "Keystore password: ", ctx);
            connection = authenticator.loginCertificate(CertificateFiles.keystore(Path.of(file), entry, pw,
                    format(certFormat, defaults)));
        } else if (cert != null || key != null || (defaults != null && defaults.cert() != null)) {
            String c = cert != null ? cert : defaults.cert();
            String k = key != null ? key : defaults != null ? defaults.key() : null;
            if (c == null || k == null) {
                throw ShellException.usage("login --cert needs --key too");
            }
            Credentials.Certificate credentials = CertificateFiles.pemPair(Path.of(c), Path.of(k),
                    () -> Secrets.read(Boolean.TRUE.equals(keyStdin), "--key-password-stdin", "ANAPLAN_KEY_PASSWORD",
                            "Key password: ", ctx), format(certFormat, defaults));
            connection = authenticator.loginCertificate(credentials);
        } else {
            String name = user != null ? user : p != null && p.user() != null ? p.user() : System.getenv("ANAPLAN_USER");
            if (name == null || name.isBlank()) {
                name = Secrets.ask(ctx, "User: ", "a user and a password (--user and --password-stdin, or set "
                        + "ANAPLAN_USER and ANAPLAN_PASSWORD)");
            }
            char[] password = Secrets.read(Boolean.TRUE.equals(pwStdin), "--password-stdin", "ANAPLAN_PASSWORD",
                    "Password: ", ctx);
            connection = authenticator.loginBasic(name.strip(), password);
        }
        output.line(ctx, "Logged in as " + connection.user() + " (token valid until "
                + TIME.format(connection.expiresAt()) + ")");
        if (p != null) {
            startWhereTheProfileSays(p, ctx);
        }
    }

    @Command(name = "logout", group = "Session",
            description = "End the session's token, forget its credentials and any stored OAuth refresh token")
    public void logout(CommandContext ctx) {
        output.line(ctx, authenticator.logout() ? "Logged out" : "Not logged in");
    }

    private static CertificateFormat format(String option, Profile defaults) {
        return CertificateFormat.parse(option != null ? option : defaults != null ? defaults.certFormat() : null);
    }

    private void startWhereTheProfileSays(Profile p, CommandContext ctx) {
        if (p.model() != null) {
            Model m = names.model(p.model());
            session.moveTo(new Place(new Place.Named(m.currentWorkspaceId(), m.currentWorkspaceName()),
                    new Place.Named(m.id(), m.name())));
            output.line(ctx, "Using model '" + m.name() + "' in workspace '" + m.currentWorkspaceName() + "'");
        } else if (p.workspace() != null) {
            Workspace w = names.workspace(p.workspace());
            session.moveTo(new Place(new Place.Named(w.id(), w.name()), null));
            output.line(ctx, "Using workspace '" + w.name() + "'");
        }
    }
}
