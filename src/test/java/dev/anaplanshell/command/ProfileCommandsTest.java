package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.support.ShellHarness;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile add|list|use|remove} and logging in the way a profile says. */
class ProfileCommandsTest {

    @TempDir
    Path home;
    private ShellHarness shell;

    @BeforeEach
    void start() {
        shell = ShellHarness.start(home, SandboxOptions.builder().user("ana@example.com", "s3cret-Pw").build());
    }

    @AfterEach
    void stop() {
        shell.close();
    }

    @Test
    void should_add_list_and_remove_profiles_in_an_owner_only_file_without_passwords() throws Exception {
        assertThat(shell.ok("profile add eu --region eu3 --user ana@example.com --model 'FP&A Plan'"))
                .contains("Saved profile 'eu' (https://eu3.api.anaplan.com");
        shell.ok("profile add certs --cert a.pem --key a.key --cert-format v1");

        String csv = shell.ok("profile list -o csv");
        assertThat(csv).startsWith("name,default,region,authUrl,apiUrl,oauthUrl,login,workspace,model")
                .contains("eu,,eu3,https://eu3.auth.anaplan.com,https://eu3.api.anaplan.com,https://eu3.app.anaplan.com,"
                        + "user ana@example.com,,FP&A Plan")
                .contains("certificate " + Path.of("a.pem").toAbsolutePath());
        Path file = home.resolve("profiles.json");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(home)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readString(file)).doesNotContainIgnoringCase("password");

        assertThat(shell.ok("profile remove CERTS")).contains("Removed profile 'certs'");
        assertThat(shell.ok("profile list -o csv")).doesNotContain("certs");
    }

    @Test
    void should_save_a_certificate_path_given_with_a_tilde_as_the_absolute_path_in_the_home_folder() throws Exception {
        shell.ok("profile add batch --cert ~/certs/batch.crt --key=~/certs/batch.key --cert-format v1");
        String saved = Files.readString(home.resolve("profiles.json"));
        String userHome = System.getProperty("user.home");
        assertThat(saved).contains(Path.of(userHome, "certs", "batch.crt").toString())
                .contains(Path.of(userHome, "certs", "batch.key").toString()).doesNotContain("~");
    }

    @Test
    void should_switch_hosts_with_use_and_log_in_the_way_the_profile_says() {
        String url = shell.sandbox().baseUrl().toString();
        shell.ok("profile add local --auth-url " + url + " --api-url " + url + " --oauth-url " + url
                + " --user ana@example.com --model 'FP&A Plan'");
        shell.bean(AnaplanClient.class).useEndpoints(dev.anaplanshell.client.Endpoints.defaults());

        assertThat(shell.ok("profile use local")).contains("Using profile 'local'");
        ShellHarness.Result login = shell.run("login", "s3cret-Pw");

        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(login.out()).contains("Logged in as ana@example.com").contains("Using model 'FP&A Plan'");
        assertThat(shell.ok("status -o csv")).contains("profile,local").contains("apiUrl," + url);
        assertThat(shell.ok("profile list -o csv")).contains("local,*,");
    }

    @Test
    void should_log_out_when_switching_profiles() {
        String url = shell.sandbox().baseUrl().toString();
        shell.ok("profile add other --auth-url " + url + " --api-url " + url);
        shell.loggedIn();

        assertThat(shell.ok("profile use other")).contains("logged out of the previous connection");
        assertThat(shell.run("models list").exitCode()).isEqualTo(3);
    }

    @Test
    void should_refuse_bad_profiles_with_usage_errors_and_unknown_names_with_exit_4() {
        assertThat(shell.run("profile add x --region mars").exitCode()).isEqualTo(2);
        assertThat(shell.run("profile add x --user a@b.c --client-id 0123").exitCode()).isEqualTo(2);
        assertThat(shell.run("profile add x --cert a.pem").exitCode()).isEqualTo(2);
        shell.ok("profile add prod --region us1");
        ShellHarness.Result unknown = shell.run("profile use prdo");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("prod");
    }
}
