package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kong.unirest.core.UnirestException;
import tools.jackson.databind.json.JsonMapper;

class InterruptedCallTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void should_report_a_call_interrupted_by_ctrl_c_as_not_retryable_and_keep_the_thread_interrupted() {
        ApiErrors errors = new ApiErrors(JsonMapper.builder().build());

        AnaplanApiException e = errors.fromFailure(new UnirestException(new InterruptedException()),
                URI.create("http://127.0.0.1:1/2/0/models"));

        assertThat(e.getMessage()).contains("interrupted");
        assertThat(RetryPolicy.retryable(e, true)).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
