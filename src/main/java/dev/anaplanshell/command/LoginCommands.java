package dev.anaplanshell.command;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import dev.anaplanshell.auth.Authenticator;
import dev.anaplanshell.auth.CertificateFiles;
import dev.anaplanshell.auth.CertificateFormat;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.Workspace;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.ActiveProfile;
import dev.anaplanshell.session.Connection;
import dev.anaplanshell.session.Names;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Profile;
import dev.anaplanshell.session.Session;

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
                    + "or a prompt. See docs/authentication.md in the install folder.")
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
        Profile d = explicit || p == null ? null : p;
        Connection connection;
        if (Boolean.TRUE.equals(oauth) || clientId != null || (d != null && d.clientId() != null)) {
            connection = oauth(clientId != null ? clientId : d != null ? d.clientId() : null, ctx);
        } else if (keystore != null || (d != null && d.keystore() != null)) {
            connection = keystore(keystore != null ? keystore : d.keystore(),
                    alias != null ? alias : d != null ? d.alias() : null, Boolean.TRUE.equals(storeStdin),
                    format(certFormat, d), ctx);
        } else if (cert != null || key != null || (d != null && d.cert() != null)) {
            connection = pemPair(cert != null ? cert : d != null ? d.cert() : null,
                    key != null ? key : d != null ? d.key() : null,
                    Boolean.TRUE.equals(keyStdin), format(certFormat, d), ctx);
        } else {
            connection = password(user != null ? user : p != null ? p.user() : null, Boolean.TRUE.equals(pwStdin), ctx);
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

    private Connection oauth(String clientId, CommandContext ctx) {
        if (clientId == null) {
            throw ShellException.usage("login --oauth needs --client-id ID (or a profile with one)");
        }
        return authenticator.loginOAuth(clientId.strip(), line -> output.line(ctx, line));
    }

    private Connection keystore(String file, String alias, boolean stdin, CertificateFormat format, CommandContext ctx) {
        if (alias == null) {
            throw ShellException.usage("login --keystore needs --alias ALIAS");
        }
        char[] pw = Secrets.read(stdin, "--store-password-stdin", "ANAPLAN_STORE_PASSWORD", "Keystore password: ", ctx);
        return authenticator.loginCertificate(CertificateFiles.keystore(Path.of(file), alias, pw, format));
    }

    private Connection pemPair(String cert, String key, boolean stdin, CertificateFormat format, CommandContext ctx) {
        if (cert == null || key == null) {
            throw ShellException.usage("login --cert needs --key too");
        }
        return authenticator.loginCertificate(CertificateFiles.pemPair(Path.of(cert), Path.of(key),
                () -> Secrets.read(stdin, "--key-password-stdin", "ANAPLAN_KEY_PASSWORD", "Key password: ", ctx), format));
    }

    private Connection password(String user, boolean stdin, CommandContext ctx) {
        String name = user != null ? user : System.getenv("ANAPLAN_USER");
        if (name == null || name.isBlank()) {
            name = Secrets.ask(ctx, "User: ", "a user and a password (--user and --password-stdin, or set "
                    + "ANAPLAN_USER and ANAPLAN_PASSWORD)");
        }
        char[] password = Secrets.read(stdin, "--password-stdin", "ANAPLAN_PASSWORD", "Password: ", ctx);
        return authenticator.loginBasic(name.strip(), password);
    }

    private static CertificateFormat format(String option, Profile defaults) {
        return CertificateFormat.parse(option != null ? option : defaults != null ? defaults.certFormat() : null);
    }

    private void startWhereTheProfileSays(Profile p, CommandContext ctx) {
        if (p.model() != null) {
            Model m = names.model(p.model());
            Place place = names.place(m);
            session.moveTo(place);
            output.line(ctx, "Using model '" + m.name() + "' in workspace '" + place.workspace().name() + "'");
        } else if (p.workspace() != null) {
            Workspace w = names.workspace(p.workspace());
            session.moveTo(new Place(new Place.Named(w.id(), w.name()), null));
            output.line(ctx, "Using workspace '" + w.name() + "'");
        }
    }
}
