package dev.anaplanshell.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.support.ShellHarness;
import dev.anaplanshell.support.Tools;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code login --cert/--key} and {@code login --keystore/--alias} against the sandbox, with key files and keystores
 * made by openssl and keytool as users make them: PKCS#8 and PKCS#1 keys, encrypted or not, PKCS#12 and JKS,
 * v1 and v2 payloads.
 */
class CertificateLoginTest {

    private static final String KEY_PASSWORD = "k3y-pass";
    private static final String STORE_PASSWORD = "st0re-pass";

    @TempDir
    static Path dir;
    private static ShellHarness shell;

    @BeforeAll
    static void makeCertificatesAndStart() throws Exception {
        Tools.assumeAvailable("openssl");
        Tools.run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=Dana Demo/emailAddress=demo@example.com", "-keyout", "pkcs8.key", "-out", "demo.crt");
        Tools.run(dir, "openssl", "rsa", "-in", "pkcs8.key", "-traditional", "-out", "pkcs1.key");
        Tools.run(dir, "openssl", "pkcs8", "-topk8", "-in", "pkcs8.key", "-passout", "pass:" + KEY_PASSWORD,
                "-out", "pkcs8-enc.key");
        Tools.run(dir, "openssl", "rsa", "-in", "pkcs8.key", "-traditional", "-aes256", "-passout",
                "pass:" + KEY_PASSWORD, "-out", "pkcs1-enc.key");
        Tools.run(dir, "openssl", "pkcs12", "-export", "-in", "demo.crt", "-inkey", "pkcs8.key", "-name", "anaplan",
                "-passout", "pass:" + STORE_PASSWORD, "-out", "openssl.p12");
        Tools.run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=stranger@example.com", "-keyout", "stranger.key", "-out", "stranger.crt");
        SandboxOptions.Builder sandbox = SandboxOptions.builder().certificate(certificate("demo.crt"));
        if (Tools.available("keytool")) {
            Tools.run(dir, "keytool", "-genkeypair", "-alias", "anaplan", "-keyalg", "RSA", "-keysize", "2048",
                    "-dname", "CN=keytool@example.com", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", "keytool.p12", "-storepass", STORE_PASSWORD);
            Tools.run(dir, "keytool", "-exportcert", "-rfc", "-alias", "anaplan", "-keystore", "keytool.p12",
                    "-storepass", STORE_PASSWORD, "-file", "keytool.crt");
            Tools.run(dir, "keytool", "-importkeystore", "-srckeystore", "keytool.p12", "-srcstoretype", "PKCS12",
                    "-srcstorepass", STORE_PASSWORD, "-destkeystore", "keytool.jks", "-deststoretype", "JKS",
                    "-deststorepass", STORE_PASSWORD, "-destkeypass", STORE_PASSWORD, "-noprompt");
            sandbox.certificate(certificate("keytool.crt"));
        }
        shell = ShellHarness.start(dir.resolve("home"), sandbox.build());
    }

    @AfterAll
    static void stop() {
        if (shell != null) {
            shell.close();
        }
    }

    @ParameterizedTest(name = "{0} key, {1}")
    @CsvSource({"pkcs8.key, v2", "pkcs8.key, v1", "pkcs1.key, v2", "pkcs1.key, v1", "pkcs8-enc.key, v2",
            "pkcs8-enc.key, v1", "pkcs1-enc.key, v2", "pkcs1-enc.key, v1"})
    void should_log_in_with_a_pem_pair(String key, String format) {
        ShellHarness.Result login = shell.run("login --cert " + file("demo.crt") + " --key " + file(key)
                + " --cert-format " + format, KEY_PASSWORD);

        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(login.out()).startsWith("Logged in as demo@example.com");
        assertThat(shell.ok("whoami -o csv")).contains("demo@example.com");
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"openssl.p12, v2, demo@example.com", "openssl.p12, v1, demo@example.com",
            "keytool.p12, v2, keytool@example.com", "keytool.jks, v1, keytool@example.com",
            "keytool.jks, v2, keytool@example.com"})
    void should_log_in_with_a_keystore(String store, String format, String user) {
        if (store.startsWith("keytool")) {
            Tools.assumeAvailable("keytool");
        }
        ShellHarness.Result login = shell.run("login --keystore " + file(store) + " --alias anaplan --cert-format "
                + format, STORE_PASSWORD);

        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(shell.ok("whoami -o csv")).contains(user);
    }

    @Test
    void should_refuse_a_certificate_the_sandbox_does_not_know_with_exit_3() {
        ShellHarness.Result login = shell.run("login --cert " + file("stranger.crt") + " --key " + file("stranger.key"));

        assertThat(login.exitCode()).isEqualTo(3);
        assertThat(login.err()).startsWith("error: login failed: ").hasLineCount(1);
    }

    @Test
    void should_exit_3_for_a_wrong_key_password_and_2_for_a_key_of_another_certificate() {
        assertThat(shell.run("login --cert " + file("demo.crt") + " --key " + file("pkcs8-enc.key"), "wrong")
                .exitCode()).isEqualTo(3);
        ShellHarness.Result mismatch = shell.run("login --cert " + file("demo.crt") + " --key " + file("stranger.key"));
        assertThat(mismatch.exitCode()).isEqualTo(2);
        assertThat(mismatch.err()).contains("does not belong to the certificate");
    }

    @Test
    void should_exit_4_for_an_unknown_alias_and_3_for_a_wrong_store_password() {
        assertThat(shell.run("login --keystore " + file("openssl.p12") + " --alias nope", STORE_PASSWORD).exitCode())
                .isEqualTo(4);
        assertThat(shell.run("login --keystore " + file("openssl.p12") + " --alias anaplan", "wrong").exitCode())
                .isEqualTo(3);
    }

    private static String file(String name) {
        return dir.resolve(name).toString();
    }

    private static X509Certificate certificate(String name) throws IOException, java.security.GeneralSecurityException {
        try (InputStream in = Files.newInputStream(dir.resolve(name))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
