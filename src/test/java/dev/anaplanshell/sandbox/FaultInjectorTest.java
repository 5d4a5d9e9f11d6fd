package dev.anaplanshell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.sandbox.http.Faults;

import org.junit.jupiter.api.Test;

/** The fault-injecting sandbox, seen by a plain HTTP client. */
class FaultInjectorTest {

    private static AnaplanSandbox start(String faults, Long seed) throws IOException {
        return AnaplanSandbox.start(SandboxOptions.builder().faults(new Faults(Faults.parse(faults), 0, seed)).build(),
                Fixtures.smallTenant());
    }

    @Test
    void should_answer_429_and_503_in_anaplans_error_envelope_with_retry_after() throws Exception {
        for (String status : List.of("429", "503")) {
            try (AnaplanSandbox sandbox = start(status + "=1", null)) {
                HttpResponse<String> r = new SandboxHttp(sandbox).get("/2/0/workspaces", "AnaplanAuthToken x");
                assertThat(r.statusCode()).isEqualTo(Integer.parseInt(status));
                assertThat(r.headers().firstValue("Retry-After")).contains("1");
                assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
                assertThat(SandboxHttp.json(r).path("status").path("code").asInt()).isEqualTo(Integer.parseInt(status));
                assertThat(SandboxHttp.json(r).path("path").asString()).isEqualTo("/2/0/workspaces");
            }
        }
    }

    @Test
    void should_close_the_connection_without_an_answer_for_reset() throws Exception {
        try (AnaplanSandbox sandbox = start("reset=1", null)) {
            assertThatThrownBy(() -> new SandboxHttp(sandbox).get("/2/0/workspaces", "AnaplanAuthToken x"))
                    .hasRootCauseInstanceOf(IOException.class);
        }
    }

    @Test
    void should_repeat_the_same_faults_for_the_same_seed() throws Exception {
        assertThat(statuses(99)).isEqualTo(statuses(99)).contains(200, 500).doesNotContain(404);
    }

    private static List<Integer> statuses(long seed) throws IOException {
        List<Integer> statuses = new ArrayList<>();
        try (AnaplanSandbox sandbox = start("500=0.5", seed)) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String auth = "AnaplanAuthToken bogus";
            for (int i = 0; i < 30; i++) {
                statuses.add(http.get("/2/0/workspaces", auth).statusCode() == 500 ? 500 : 200);
            }
        }
        return statuses;
    }

    @Test
    void should_refuse_a_fault_spec_it_cannot_read() {
        assertThat(Faults.parse(" 429 = 0.1 , reset=0.02,")).isEqualTo(Map.of("429", 0.1, "reset", 0.02));
        assertThat(Faults.parse("")).isEmpty();
        assertThatThrownBy(() -> Faults.parse("429")).hasMessageContaining("a probability from 0 to 1");
        assertThatThrownBy(() -> Faults.parse("hang=0.1")).hasMessageContaining("use an HTTP status 400-599 or reset");
        assertThatThrownBy(() -> Faults.parse("500=0.7,503=0.7")).hasMessageContaining("more than 1");
    }
}
