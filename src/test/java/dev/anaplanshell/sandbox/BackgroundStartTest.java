package dev.anaplanshell.sandbox;

import static dev.anaplanshell.sandbox.SandboxHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;

import dev.anaplanshell.sandbox.data.DemoData;

import org.junit.jupiter.api.Test;

/** {@code --sandbox} binds the port at once and makes the demo tenant while the shell starts. */
class BackgroundStartTest {

    @Test
    void should_answer_a_request_sent_as_soon_as_the_port_is_bound() throws IOException {
        try (AnaplanSandbox sandbox = AnaplanSandbox.startInBackground(SandboxOptions.builder().port(0).build())) {
            HttpResponse<String> response = new SandboxHttp(sandbox).send("POST", "/token/authenticate",
                    basic(DemoData.DEMO_USER, DemoData.DEMO_PASSWORD));

            assertThat(response.statusCode()).isEqualTo(201);
        }
    }

    @Test
    void should_stop_listening_when_closed_while_starting() throws IOException {
        AnaplanSandbox sandbox = AnaplanSandbox.startInBackground(SandboxOptions.builder().port(0).build());
        int port = sandbox.port();

        sandbox.close();

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }
}
