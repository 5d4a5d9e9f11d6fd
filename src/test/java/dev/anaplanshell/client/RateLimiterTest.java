package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The client-side token bucket, on a clock the test moves. */
class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final List<Duration> waits = new ArrayList<>();

    @Test
    void should_let_a_burst_of_a_tenth_of_a_minute_through_then_pace_requests_below_600_a_minute() throws Exception {
        RateLimiter limiter = new RateLimiter(540, now::get, d -> {
            waits.add(d);
            now.addAndGet(d.toNanos());
        });
        for (int i = 0; i < 54; i++) {
            limiter.acquire();
        }
        assertThat(waits).isEmpty();
        for (int i = 0; i < 540; i++) {
            limiter.acquire();
        }
        // 54 at once, then 9 a second: the 540 more took a minute
        assertThat(Duration.ofNanos(now.get())).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61));
        assertThat(waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofMillis(112)));
    }

    @Test
    void should_not_wait_at_all_without_a_limit() throws Exception {
        RateLimiter limiter = new RateLimiter(0, now::get, waits::add);
        for (int i = 0; i < 10_000; i++) {
            limiter.acquire();
        }
        assertThat(waits).isEmpty();
    }
}
