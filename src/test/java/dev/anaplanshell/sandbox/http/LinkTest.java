package dev.anaplanshell.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The simulated link on a clock the test moves: its waits are what the bytes need at its rate. */
class LinkTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicLong waited = new AtomicLong();
    private final Link link = new Link(8, now::get, nanos -> {
        waited.addAndGet(nanos);
        now.addAndGet(nanos);
    });

    @Test
    void should_take_a_second_for_a_megabyte_at_8_mbit() throws IOException {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        try (OutputStream out = link.throttle(sent)) {
            out.write(new byte[1_000_000]);
        }
        assertThat(sent.size()).isEqualTo(1_000_000);
        assertThat(waited.get()).isBetween(999_000_000L, 1_001_000_000L);
    }

    @Test
    void should_share_the_link_between_connections() throws IOException {
        OutputStream first = link.throttle(OutputStream.nullOutputStream());
        OutputStream second = link.throttle(OutputStream.nullOutputStream());
        for (int i = 0; i < 10; i++) {
            first.write(new byte[50_000]);
            second.write(new byte[50_000]);
        }
        assertThat(now.get() - 1_000_000_000L).as("1 MB in all, 1 s at 8 Mbit/s").isBetween(999_000_000L,
                1_001_000_000L);
    }

    @Test
    void should_not_wait_for_bytes_sent_while_the_link_was_idle() throws IOException {
        OutputStream out = link.throttle(OutputStream.nullOutputStream());
        out.write(new byte[1_000]); // 1 ms of link time
        now.addAndGet(5_000_000_000L); // idle for 5 s
        waited.set(0);
        out.write(new byte[1_000]);
        assertThat(waited.get()).as("only its own 1 ms").isBetween(990_000L, 1_010_000L);
    }
}
