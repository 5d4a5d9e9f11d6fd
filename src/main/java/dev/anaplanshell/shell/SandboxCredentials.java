package dev.anaplanshell.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.sandbox.SandboxOptions;

/** {@code --sandbox-user EMAIL:PASSWORD}, {@code --sandbox-cert FILE.pem} and auto-approval, as sandbox options. */
final class SandboxCredentials {

    private SandboxCredentials() {
    }

    static SandboxOptions.AuthOptions of(List<String> users, List<String> certificates, boolean autoApprove) {
        SandboxOptions.AuthOptions auth = SandboxOptions.AuthOptions.NONE.withOAuthAutoApprove(autoApprove);
        for (String user : users) {
            int colon = user.indexOf(':');
            if (colon <= 0 || colon == user.length() - 1) {
                throw ShellException.usage("--sandbox-user wants EMAIL:PASSWORD");
            }
            auth = auth.withUser(user.substring(0, colon).strip(), user.substring(colon + 1));
        }
        for (String file : certificates) {
            auth = auth.withCertificate(certificate(Path.of(file)));
        }
        return auth;
    }

    private static X509Certificate certificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (NoSuchFileException e) {
            throw ShellException.usage("--sandbox-cert: " + file + " does not exist");
        } catch (IOException | CertificateException | ClassCastException e) {
            throw ShellException.usage("--sandbox-cert: " + file + " is not an X.509 certificate (PEM or DER)");
        }
    }
}
