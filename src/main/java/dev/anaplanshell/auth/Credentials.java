package dev.anaplanshell.auth;

import java.net.URI;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import dev.anaplanshell.core.Certificates;

/**
 * What a session logged in with, kept in memory only so that it can log in again when its token dies. Never
 * written anywhere; {@link #wipe()} at logout. {@code toString()} shows no secret.
 */
public sealed interface Credentials {

    /** Who, as the user will recognise it. */
    String user();

    /** Forgets the secret material. */
    void wipe();

    /** Basic: a user and a password. */
    final class Password implements Credentials {
        private final String user;
        private final char[] password;

        public Password(String user, char[] password) {
            this.user = user;
            this.password = password.clone();
        }

        @Override
        public String user() {
            return user;
        }

        /** A copy, for one login; the caller wipes it. */
        char[] password() {
            return password.clone();
        }

        @Override
        public void wipe() {
            Arrays.fill(password, '\0');
        }

        /** Whether the password occurs in {@code text}, compared without making a String of it. */
        boolean appearsIn(String text) {
            int n = password.length;
            if (n == 0 || password[0] == '\0') {
                return false;
            }
            outer:
            for (int i = 0; i + n <= text.length(); i++) {
                for (int j = 0; j < n; j++) {
                    if (text.charAt(i + j) != password[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }

        @Override
        public String toString() {
            return "Password[user=" + user + ", password=<redacted>]";
        }
    }

    /**
     * A CA certificate and its private key.
     *
     * @param pem the certificate as PEM text, what the {@code CACertificate} header carries (Base64 of it)
     */
    record Certificate(X509Certificate certificate, String pem, PrivateKey key, CertificateFormat format)
            implements Credentials {

        @Override
        public String user() {
            return Certificates.subjectUser(certificate);
        }

        @Override
        public void wipe() {
            // JCA keys cannot be wiped reliably; dropping the reference is what is possible
        }

        @Override
        public String toString() {
            return "Certificate[subject=" + certificate.getSubjectX500Principal() + ", key=<redacted>]";
        }
    }

    /** An OAuth device-grant client; its refresh token lives in {@link OAuthTokens}. */
    record OAuth(URI oauthUrl, String clientId, String user) implements Credentials {
        @Override
        public void wipe() {
            // the refresh token is the token store's, forgotten by logout
        }
    }
}
