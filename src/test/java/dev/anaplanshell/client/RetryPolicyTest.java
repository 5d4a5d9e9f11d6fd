package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void should_read_retry_after_as_seconds_or_an_http_date() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        assertThat(RetryPolicy.retryAfter("7", clock)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryPolicy.retryAfter("Mon, 02 Mar 2026 10:00:30 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.retryAfter("Mon, 02 Mar 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
        assertThat(RetryPolicy.retryAfter("soon", clock)).isNull();
        assertThat(RetryPolicy.retryAfter(null, clock)).isNull();
    }
}
