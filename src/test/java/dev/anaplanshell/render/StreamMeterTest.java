package dev.anaplanshell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class StreamMeterTest {

    private final AtomicLong now = new AtomicLong();
    private final StringWriter err = new StringWriter();

    @Test
    void should_show_rows_bytes_and_rate_once_a_second_and_erase_them_at_the_end() {
        try (StreamMeter meter = new StreamMeter(new PrintWriter(err), now::get)) {
            meter.add(1000, 2 * 1024 * 1024);
            assertThat(err.toString()).as("nothing in the first second").isEmpty();
            now.set(TimeUnit.SECONDS.toNanos(2));
            meter.add(1000, 2 * 1024 * 1024);
            assertThat(err.toString()).isEqualTo("\r2,000 rows, 4.0 MB, 1,000 rows/s");
            meter.add(1, 0);
            assertThat(err.toString()).as("not again within the second").isEqualTo("\r2,000 rows, 4.0 MB, 1,000 rows/s");
        }
        assertThat(err.toString()).endsWith("\r" + " ".repeat(32) + "\r");
    }

    @Test
    void should_show_nothing_when_standard_error_is_not_a_terminal() {
        try (StreamMeter meter = new StreamMeter(null, now::get)) {
            now.set(TimeUnit.SECONDS.toNanos(5));
            meter.add(10, 10);
        }
        assertThat(err.toString()).isEmpty();
    }

    private String openedOnATerminal(boolean quiet) {
        StringWriter shown = new StringWriter();
        ErrorStream.during(new PrintWriter(shown, true), () -> {
            try (StreamMeter meter = StreamMeter.open(quiet, true, now::get)) {
                now.addAndGet(TimeUnit.SECONDS.toNanos(5));
                meter.add(10, 0);
            }
            return null;
        });
        return shown.toString();
    }

    @Test
    void should_show_the_meter_on_the_command_s_standard_error_when_it_is_a_terminal() {
        assertThat(openedOnATerminal(false)).contains("\r10 rows, 2 rows/s");
    }

    @Test
    void should_show_nothing_with_quiet_even_on_a_terminal() {
        assertThat(openedOnATerminal(true)).isEmpty();
    }

    @Test
    void should_leave_bytes_out_when_unknown() {
        assertThat(StreamMeter.line(500, 0, TimeUnit.SECONDS.toNanos(2))).isEqualTo("500 rows, 250 rows/s");
    }
}
