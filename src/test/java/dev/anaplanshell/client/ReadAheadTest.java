package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** A stream read on a second thread: order, failures and early close. */
class ReadAheadTest {

    @Test
    void should_deliver_every_element_in_order_read_on_another_thread() {
        Set<String> readers = ConcurrentHashMap.newKeySet();
        CountDownLatch closed = new CountDownLatch(1);
        Stream<Integer> source = IntStream.range(0, 10_000).boxed().peek(i -> readers.add(Thread.currentThread()
                .getName())).onClose(closed::countDown);

        List<Integer> read;
        try (Stream<Integer> ahead = ReadAhead.of(source)) {
            read = ahead.toList();
        }

        assertThat(read).containsExactlyElementsOf(IntStream.range(0, 10_000).boxed().toList());
        assertThat(readers).containsExactly("anaplan-read-ahead");
        assertThat(closed.getCount()).as("the source is closed once read").isZero();
    }

    @Test
    void should_hand_over_the_rows_before_a_failure_and_then_the_same_failure() {
        IllegalStateException broken = new IllegalStateException("the body broke off");
        Stream<Integer> source = IntStream.range(0, 1000).boxed().map(i -> {
            if (i == 700) {
                throw broken;
            }
            return i;
        });
        List<Integer> read = new ArrayList<>();
        try (Stream<Integer> ahead = ReadAhead.of(source)) {
            Iterator<Integer> it = ahead.iterator();
            assertThatThrownBy(() -> it.forEachRemaining(read::add)).isSameAs(broken);
        }
        assertThat(read).containsExactlyElementsOf(IntStream.range(0, 700).boxed().toList());
    }

    @Test
    void should_stop_reading_and_close_the_source_when_closed_early() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Stream<Integer> endless = Stream.iterate(0, i -> i + 1).onClose(closed::countDown);

        try (Stream<Integer> ahead = ReadAhead.of(endless)) {
            assertThat(ahead.limit(3).toList()).containsExactly(0, 1, 2);
        }

        assertThat(closed.await(10, TimeUnit.SECONDS)).as("source closed after an early close").isTrue();
    }
}
