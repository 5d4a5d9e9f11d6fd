package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

/**
 * The parallel parse of exports against the sequential one ({@link JsonArrayStreamer}) on the same bodies: the same
 * rows in the same order and the same failures after the same rows, for every block size, including bodies built to
 * mislead its guesses (element-like bytes in nested arrays and in strings, blanks, elements longer than blocks).
 */
class ParallelArrayStreamerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ApiErrors ERRORS = new ApiErrors(JSON);
    private static final List<String> FIELDS = List.of("moduleId", "id", "name", "formula", "appliesTo",
            "formatMetadata", "cellCount", "isSummary", "notes");
    private static final int[] BLOCK_SIZES = {1, 2, 7, 61, 500, 4096, 1 << 16};

    /** Rows until the end or a failure, and the failure's message. */
    private record Outcome(List<List<String>> rows, String failure) {
    }

    private static Outcome sequential(byte[] body) {
        return outcome(JsonArrayStreamer.stream(JSON, new ByteArrayInputStream(body), "items",
                new FlatRowReader(FIELDS), e -> ERRORS.brokenBody("/x", e)));
    }

    private static Outcome parallel(byte[] body, int blockSize, int threads) {
        return outcome(ParallelArrayStreamer.stream(JSON, new ByteArrayInputStream(body), "items",
                () -> new FlatRowReader(FIELDS), e -> ERRORS.brokenBody("/x", e), blockSize, threads));
    }

    private static Outcome outcome(Stream<String[]> stream) {
        List<List<String>> rows = new ArrayList<>();
        try (stream) {
            Iterator<String[]> it = stream.iterator();
            while (it.hasNext()) {
                rows.add(Arrays.asList(it.next()));
            }
            return new Outcome(rows, null);
        } catch (AnaplanApiException e) {
            return new Outcome(rows, e.getMessage());
        }
    }

    /** A listing meant to mislead: nested elements that start like the real ones, look-alikes in strings, blanks. */
    private static String body(Random random, int elements, boolean blanks) {
        StringBuilder json = new StringBuilder("{\"meta\":{\"schema\":\"x\"},\"items\":").append(blanks ? " [ " : "[");
        for (int i = 0; i < elements; i++) {
            if (i > 0) {
                json.append(blanks && random.nextBoolean() ? " ,\n " : ",");
            }
            json.append("{\"moduleId\":\"m").append(i % 7).append("\",\"id\":\"").append(i).append("\",\"name\":\"Item ")
                    .append(i).append(random.nextInt(5) == 0 ? " \\\"quoted\\\" é €" : "").append('"');
            switch (random.nextInt(4)) {
                case 0 -> json.append(",\"formula\":\"IF x THEN },{\\\"moduleId\\\":1 ELSE },{\\\"moduleId\\\"\"");
                case 1 -> json.append(",\"formula\":\"},{\\\"moduleId\\\":\\\"\\\\\"");
                case 2 -> json.append(",\"formula\":\"").append("A + B ".repeat(random.nextInt(400))).append('"');
                default -> {
                }
            }
            json.append(",\"appliesTo\":[");
            for (int d = random.nextInt(4); d > 0; d--) {
                json.append("{\"moduleId\":\"look-alike\",\"name\":\"D").append(d).append("\"}")
                        .append(d > 1 ? (blanks ? " , " : ",") : "");
            }
            json.append("],\"formatMetadata\":{\"dataType\":\"NUMBER\",\"nested\":[{\"moduleId\":1},{\"moduleId\":2}]}")
                    .append(",\"cellCount\":").append(random.nextInt(1000))
                    .append(",\"isSummary\":").append(random.nextBoolean())
                    .append(random.nextBoolean() ? ",\"notes\":null" : "").append('}');
        }
        return json.append(blanks ? " ] ,\n" : "],").append("\"status\":{\"code\":200}}").toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void should_give_the_rows_of_a_sequential_parse_in_order_whatever_the_block_size_and_the_number_of_threads() {
        Random random = new Random(8);
        for (int round = 0; round < 6; round++) {
            byte[] body = bytes(body(random, 1 + random.nextInt(120), round % 2 == 1));
            Outcome expected = sequential(body);
            assertThat(expected.failure()).isNull();
            for (int size : BLOCK_SIZES) {
                for (int threads = 1; threads <= 3; threads++) {
                    assertThat(parallel(body, size, threads)).as("round %d, blocks of %d, %d threads", round, size,
                            threads).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void should_read_elements_longer_than_many_blocks_and_an_array_of_one_element() {
        Random random = new Random(3);
        String big = "{\"items\":[{\"moduleId\":\"1\",\"formula\":\"" + "x".repeat(100_000) + "\"},"
                + body(random, 3, false).substring("{\"meta\":{\"schema\":\"x\"},\"items\":[".length());
        for (String text : List.of(big, "{\"items\":[{\"moduleId\":\"only\"}]}", "{\"items\":[ ]}")) {
            byte[] body = bytes(text);
            Outcome expected = sequential(body);
            for (int size : new int[] {3, 1000, 1 << 19}) {
                assertThat(parallel(body, size, 2)).isEqualTo(expected);
            }
        }
    }

    @Test
    void should_fail_as_the_sequential_parse_does_after_the_same_rows_wherever_the_body_breaks_off() {
        byte[] body = bytes(body(new Random(5), 12, true));
        for (int cut = 0; cut < body.length; cut += 37) {
            byte[] truncated = Arrays.copyOf(body, cut);
            Outcome expected = sequential(truncated);
            assertThat(expected.failure()).as("cut at %d", cut).isNotNull();
            for (int size : new int[] {5, 64, 700}) {
                assertThat(parallel(truncated, size, 2)).as("cut at %d, blocks of %d", cut, size).isEqualTo(expected);
            }
        }
    }

    @Test
    void should_fail_as_the_sequential_parse_does_on_bodies_that_are_not_listings() {
        for (String text : List.of("", "<html>502 Bad Gateway</html>", "[{\"id\":\"1\"}]", "{\"items\":[\"text\"]}",
                "{\"items\":[{\"id\":\"1\"},}]}", "{\"items\":[]} {\"again\":1}", "{\"meta\":{}}",
                "{\"items\":null,\"more\":[1]}", "{\"items\":[{\"moduleId\":\"1\"},{\"moduleId\":\"2\"}x]}")) {
            byte[] body = bytes(text);
            Outcome expected = sequential(body);
            for (int size : new int[] {1, 4, 100}) {
                assertThat(parallel(body, size, 2)).as("%s in blocks of %d", text, size).isEqualTo(expected);
            }
        }
    }

    @Test
    void should_hand_over_the_rows_before_a_broken_connection_then_say_so() {
        byte[] first = bytes("{\"items\":[{\"moduleId\":\"1\",\"name\":\"Revenue\"},{\"moduleId\":\"2\",\"name\":\"Costs\"},{\"mod");
        InputStream broken = new SequenceInputStream(new ByteArrayInputStream(first), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        Outcome outcome = outcome(ParallelArrayStreamer.stream(JSON, broken, "items", () -> new FlatRowReader(FIELDS),
                e -> ERRORS.brokenBody("/x", e), 16, 2));
        assertThat(outcome.rows()).extracting(row -> row.get(2)).containsExactly("Revenue", "Costs");
        assertThat(outcome.failure()).isEqualTo("the connection broke off while reading the answer");
    }

    @Test
    void should_parse_on_worker_threads_and_close_the_body_when_closed_early() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        boolean[] closed = {false};
        InputStream body = new ByteArrayInputStream(bytes(body(new Random(1), 300, false))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (Stream<String[]> rows = ParallelArrayStreamer.stream(JSON, body, "items", () -> {
            threads.add(Thread.currentThread().getName());
            return new FlatRowReader(FIELDS);
        }, e -> ERRORS.brokenBody("/x", e), 1000, 2)) {
            assertThat(rows.limit(3)).hasSize(3);
        }
        assertThat(closed[0]).isTrue();
        assertThat(threads).anyMatch(name -> name.startsWith("anaplan-parse-"));
    }

    @Test
    void should_parse_an_inflated_gzip_body_as_the_plain_one() throws IOException {
        byte[] body = bytes(body(new Random(5), 200, true));
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(gzipped)) {
            gz.write(body);
        }
        Outcome inflated = outcome(ParallelArrayStreamer.stream(JSON,
                new GZIPInputStream(new ByteArrayInputStream(gzipped.toByteArray())), "items",
                () -> new FlatRowReader(FIELDS), e -> ERRORS.brokenBody("/x", e), 4096, 2));
        assertThat(inflated).isEqualTo(sequential(body));
    }

    @Test
    void should_report_a_body_that_fails_with_an_unchecked_exception_instead_of_waiting_forever() {
        byte[] body = bytes(body(new Random(6), 100, false));
        InputStream failing = new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (pos > body.length / 2) {
                    throw new IllegalStateException("Inflater has been closed");
                }
                return super.read(b, off, Math.min(len, 100));
            }
        };
        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> outcome(ParallelArrayStreamer.stream(
                JSON, failing, "items", () -> new FlatRowReader(FIELDS), e -> ERRORS.brokenBody("/x", e), 1000, 2)));
        assertThat(outcome.failure()).isNotNull();
        assertThat(outcome.rows()).isNotEmpty().hasSizeLessThan(100);
    }
}
