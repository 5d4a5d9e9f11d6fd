package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.anaplanshell.e2e.ShellProcess.Run;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.support.Tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authentication on the packaged jar: reads that outlive two 5-second tokens, certificate logins with files made by
 * openssl and keytool, and a scan for secrets after a scripted session.
 */
class AuthIT {

    /** The sandbox's token format: three standard-Base64 segments (16, 64 and 32 bytes). */
    private static final Pattern SANDBOX_TOKEN = Pattern.compile("[A-Za-z0-9+/]{22}==\\.[A-Za-z0-9+/]{86}==\\.[A-Za-z0-9+/]{43}=");

    @TempDir
    Path dir;

    /**
     * The token lifecycle with the packaged jar, real HTTP and real time: reads (every sandbox answer delayed 250 ms)
     * that run for longer than two of the 5-second tokens they use. Every read must succeed, the token renewed on the
     * way. When and how often it is refreshed, and the new login after a 401, are proved on an injected clock in
     * TokenLifecycleTest; this shows only what that cannot: that it holds in the shipped jar with the wall clock.
     */
    @Test
    void should_renew_the_token_and_keep_reading_when_reads_outlive_two_five_second_tokens() throws Exception {
        int reads = 40;
        Path script = dir.resolve("reads.anaplan");
        Files.writeString(script, "whoami -o csv\n".repeat(reads));
        long start = System.nanoTime();
        Run run = shell().run("--sandbox", "--sandbox-token-ttl", "5s", "--sandbox-latency-ms", "250", "--debug",
                "-f", script.toString());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(seconds).as("the script outlived two tokens").isGreaterThanOrEqualTo(10);
        assertThat(run.err()).doesNotContain("error").contains("/token/refresh");
        int renewals = count(run.err(), "POST http") - 1;
        assertThat(renewals).as("renewals in:\n" + run.err().lines().filter(l -> l.contains("POST")).toList())
                .isGreaterThanOrEqualTo(2);
        assertThat(count(run.out(), "demo@example.com,Dana,Demo")).isEqualTo(reads);
    }

    @Test
    void should_log_in_with_an_openssl_pem_pair_and_a_pkcs12_keystore_in_both_formats_and_refuse_a_stranger()
            throws Exception {
        Tools.assumeAvailable("openssl");
        Tools.run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=Ana/emailAddress=ana@example.com", "-keyout", "ana.key", "-out", "ana.crt");
        Tools.run(dir, "openssl", "pkcs12", "-export", "-in", "ana.crt", "-inkey", "ana.key", "-name", "ana",
                "-passout", "pass:storepw", "-out", "ana.p12");
        Tools.run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=eve@example.com", "-keyout", "eve.key", "-out", "eve.crt");
        List<String> sandbox = List.of("--sandbox", "--sandbox-cert", dir.resolve("ana.crt").toString());
        String pem = "login --cert " + dir.resolve("ana.crt") + " --key " + dir.resolve("ana.key");
        String p12 = "login --keystore " + dir.resolve("ana.p12") + " --alias ana --store-password-stdin";

        for (String login : List.of(pem, pem + " --cert-format v1", p12, p12 + " --cert-format v1")) {
            Run run = shell().input("storepw\n").run(concat(sandbox, "-c", login + "; whoami -o csv"));
            assertThat(run.exitCode()).as(login + "\n" + run.err()).isZero();
            assertThat(run.out()).as(login).contains("Logged in as ana@example.com").contains("ana@example.com,ana,Sandbox");
        }
        Run stranger = shell().run(concat(sandbox, "-c", "login --cert " + dir.resolve("eve.crt") + " --key "
                + dir.resolve("eve.key")));
        assertThat(stranger.exitCode()).isEqualTo(3);
        assertThat(stranger.err()).startsWith("error: login failed: ").hasLineCount(1);
    }

    /**
     * A scripted session with the password on standard input, an export and {@code --debug}: neither the password
     * nor any token may appear on stdout, stderr (the debug log), or anywhere under the configuration folder, whose
     * files must all be 0600 (the folder 0700). A password typed at the masked prompt of the interactive shell is
     * kept out of the history: ScriptingIT drives that through a real pseudo-terminal.
     */
    @Test
    void should_leave_no_password_or_token_anywhere_after_a_scripted_session() throws Exception {
        String password = "Tr0ub4dor&3-horse";
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(
                SandboxOptions.builder().user("ana@example.com", password).build())) {
            String url = sandbox.baseUrl().toString();
            Path csv = dir.resolve("li.csv");
            Path script = dir.resolve("session.anaplan");
            Files.writeString(script, String.join("\n", "login --user ana@example.com --password-stdin",
                    "use-model 'FP&A Plan'", "lineitems export " + csv, "status", "whoami", ""));
            Run run = shell().input(password + "\n").run("--debug", "--auth-url", url, "--api-url", url, "-f",
                    script.toString());

            assertThat(run.out()).contains("Logged in as ana@example.com").contains("Exported");
            assertThat(run.err()).contains("http> Authorization: Basic <redacted>")
                    .contains("http> Authorization: AnaplanAuthToken <redacted>").contains("http< body: <redacted");
            assertThat(run.exitCode()).as(run.err()).isZero();
            Path home = dir.resolve("home");
            List<String> places = new ArrayList<>(List.of(run.out(), run.err()));
            // a script keeps no history, so the folder may not exist; where the shell made it, it is owner-only
            if (Files.exists(home)) {
                assertThat(Files.getPosixFilePermissions(home)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            } else {
                Files.createDirectories(home);
            }
            try (Stream<Path> files = Files.walk(home)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.getPosixFilePermissions(file)).as(file.toString())
                            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
                    places.add(Files.readString(file));
                }
            }
            for (String text : places) {
                assertThat(text).doesNotContain(password);
                assertThat(SANDBOX_TOKEN.matcher(text).find()).as("a token in:\n" + text).isFalse();
            }
            assertThat(SANDBOX_TOKEN.matcher(sandboxToken(url, password)).matches()).as("the pattern finds tokens").isTrue();
        }
    }

    private static String sandboxToken(String url, String password) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String basic = java.util.Base64.getEncoder().encodeToString(("ana@example.com:" + password)
                .getBytes(StandardCharsets.UTF_8));
        String body = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/token/authenticate"))
                .header("Authorization", "Basic " + basic).POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"tokenValue\":\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private ShellProcess shell() {
        return ShellProcess.jar(dir).timeout(Duration.ofMinutes(2));
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
