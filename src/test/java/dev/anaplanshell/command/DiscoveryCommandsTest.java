package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Login, discovery and navigation commands on the sandbox over HTTP. */
class DiscoveryCommandsTest {

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.loggedIn();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_refuse_commands_before_login_with_exit_code_3() {
        shell.ok("logout");
        Result r = shell.run("workspaces list");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("error: not logged in: run 'login' first\n");
    }

    @Test
    void should_fail_login_with_a_wrong_password_with_exit_code_3() {
        Result r = shell.run("login --user demo@example.com", "wrong");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: login failed: ").doesNotContain("wrong").hasLineCount(1);
    }

    @Test
    void should_list_workspaces_and_models_in_every_format() throws Exception {
        assertThat(shell.ok("workspaces list")).contains("Acme Planning").contains("(1 row)");
        JsonNode models = json.readTree(shell.ok("models list -o json"));
        assertThat(models.isArray()).isTrue();
        assertThat(models.findValuesAsString("name")).contains("FP&A Plan", "Sales Forecast", "Workforce Plan");
        String csv = shell.ok("models list -o csv");
        assertThat(csv).startsWith("id,name,activeState,workspaceId,workspaceName,memoryUsage,lastModified\r\n")
                .contains(",FP&A Plan,");
    }

    @Test
    void should_refuse_an_unknown_output_format_with_exit_code_2() {
        Result r = shell.run("models list -o xml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown output format 'xml'");
    }

    @Test
    void should_use_a_model_by_name_ignoring_case_and_set_its_workspace() {
        assertThat(shell.ok("use-model 'fp&a plan'")).contains("Using model 'FP&A Plan'", "'Acme Planning'");
        assertThat(shell.ok("status")).contains("Acme Planning", "FP&A Plan", "demo@example.com");
        assertThat(shell.ok("modules list -o csv").lines().count()).isGreaterThan(15);
    }

    @Test
    void should_say_which_model_was_meant_for_a_misspelt_name_with_exit_code_4() {
        Result r = shell.run("use-model 'Sales Forcast'");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("error: Model 'Sales Forcast' not found (did you mean 'Sales Forecast'?)\n");
        assertThat(shell.run("use-model nosuchmodel").exitCode()).isEqualTo(4);
        assertThat(shell.run("use-workspace nosuch").exitCode()).isEqualTo(4);
    }

    @Test
    void should_show_status_and_whoami_as_one_json_object() throws Exception {
        shell.ok("use-model 'FP&A Plan'");
        JsonNode status = json.readTree(shell.ok("status -o json"));
        assertThat(status.isObject()).isTrue();
        assertThat(status.path("user").asString()).isEqualTo("demo@example.com");
        assertThat(status.path("model").asString()).startsWith("FP&A Plan (");
        assertThat(status.path("profile").isNull()).isTrue();
        JsonNode me = json.readTree(shell.ok("whoami -o json"));
        assertThat(me.isObject()).isTrue();
        assertThat(me.path("email").asString()).isEqualTo("demo@example.com");
    }

    @Test
    void should_use_a_workspace_and_list_only_its_models() {
        shell.ok("use-workspace 'Acme Planning'");
        assertThat(shell.ok("models list")).contains("FP&A Plan");
        assertThat(shell.ok("status -o csv")).contains("workspace,Acme Planning");
    }

    @Test
    void should_require_a_model_for_model_commands_with_exit_code_2() {
        Result r = shell.run("modules list");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no model selected");
    }

    @Test
    void should_show_the_user_of_the_token() {
        assertThat(shell.ok("whoami -o csv")).contains("demo@example.com");
    }

    @Test
    void should_reject_unknown_options_and_missing_arguments_with_exit_code_2() {
        assertThat(shell.run("models list --bogus").exitCode()).isEqualTo(2);
        assertThat(shell.run("use-model").exitCode()).isEqualTo(2);
        assertThat(shell.run("use-model 'unbalanced").exitCode()).isEqualTo(2);
        assertThat(shell.run("nosuch").exitCode()).isEqualTo(2);
    }
}
