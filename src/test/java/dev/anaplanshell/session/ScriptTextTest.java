package dev.anaplanshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.anaplanshell.core.Secrets;

import org.junit.jupiter.api.Test;

/** What a recorded script keeps: commands as typed, a bare login, no secrets, no session-only commands. */
class ScriptTextTest {

    @Test
    void should_keep_commands_as_typed_and_reduce_any_login_to_a_bare_login() {
        assertThat(ScriptText.replayable("  use-model 'fp&a plan' ")).contains("use-model 'fp&a plan'");
        assertThat(ScriptText.replayable("login --user me@example.com --password-stdin")).contains("login");
        assertThat(ScriptText.replayable("login --password=hunter2")).contains("login");
    }

    @Test
    void should_leave_out_session_only_commands_and_commands_with_secret_values() {
        assertThat(ScriptText.replayable("history")).isEmpty();
        assertThat(ScriptText.replayable("record stop")).isEmpty();
        assertThat(ScriptText.replayable("vars -o json")).isEmpty();
        assertThat(ScriptText.replayable("connect --client-secret s3cr3t")).isEmpty();
    }

    @Test
    void should_redact_secret_values_in_the_history() {
        assertThat(Secrets.redact("connect --token abc --name 'x y'")).isEqualTo("connect --token *** --name 'x y'");
        assertThat(Secrets.redact("login --password=hunter2")).isEqualTo("login --password=***");
        assertThat(Secrets.redact("login --password-stdin")).isEqualTo("login --password-stdin");
    }

    @Test
    void should_write_a_header_with_date_host_user_and_the_variables_to_give() {
        String script = ScriptText.script(new ScriptText.Origin(Instant.parse("2026-03-01T02:00:00Z"),
                "https://api.anaplan.com", "me@example.com", Set.of("OUT")), List.of("login", "status"));
        assertThat(script).isEqualTo("""
                # anaplan-shell script, recorded 2026-03-01 02:00:00 UTC
                # host https://api.anaplan.com, user me@example.com
                # replay: anaplan-shell -f FILE ('login' reads ANAPLAN_USER and ANAPLAN_PASSWORD)
                # needs: -v OUT=...
                login
                status
                """);
    }
}
