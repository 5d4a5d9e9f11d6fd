package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.LineItem;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The streaming primitive of exports, on bodies in memory: shapes, truncation, garbage, closing. */
class JsonArrayStreamerTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final ApiErrors ERRORS = new ApiErrors(JSON);

    private static final String TWO_ITEMS = """
            {"meta":{"schema":"x","paging":{"totalSize":2}},"status":{"code":200},
             "items":[{"id":"1","name":"Revenue","formatMetadata":{"dataType":"NUMBER","nested":[1,{"a":[]}]},
                       "appliesTo":[{"id":"9","name":"Products"}],"unknownField":{"deep":[1,2,3]}},
                      {"id":"2","name":"Costs","isSummary":true}],
             "after":{"ignored":[1,2]}}""";

    /** A body that records whether it was closed. */
    private static final class Body extends InputStream {
        private final InputStream in;
        boolean closed;

        Body(InputStream in) {
            this.in = in;
        }

        Body(String text) {
            this(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            in.close();
        }
    }

    private static Stream<LineItem> items(InputStream body) {
        return JsonArrayStreamer.stream(JSON, body, "items", LineItem.class, e -> ERRORS.brokenBody("/x", e));
    }

    @Test
    void should_read_every_element_of_the_array_and_skip_the_fields_around_it() {
        Body body = new Body(TWO_ITEMS);
        List<LineItem> rows = items(body).toList();
        assertThat(rows).extracting(LineItem::id).containsExactly("1", "2");
        assertThat(rows.get(0).formatMetadata().path("dataType").asString()).isEqualTo("NUMBER");
        assertThat(rows.get(0).appliesTo()).extracting(r -> r.name()).containsExactly("Products");
        assertThat(rows.get(1).isSummary()).isTrue();
        assertThat(body.closed).as("the body is closed after the last element").isTrue();
    }

    @Test
    void should_give_an_empty_stream_when_the_field_is_missing_or_not_an_array() {
        assertThat(items(new Body("{\"meta\":{},\"status\":{\"code\":200}}")).toList()).isEmpty();
        assertThat(items(new Body("{\"items\":null,\"more\":[1]}")).toList()).isEmpty();
        assertThat(items(new Body("{\"items\":[]}")).toList()).isEmpty();
    }

    @Test
    void should_fail_once_with_a_clear_unavailable_error_when_the_body_breaks_off_inside_an_element() {
        String cut = TWO_ITEMS.substring(0, TWO_ITEMS.indexOf("\"Costs\"") + 3);
        Body body = new Body(cut);
        Iterator<LineItem> rows = items(body).iterator();
        assertThat(rows.next().id()).isEqualTo("1");
        assertThatThrownBy(rows::hasNext)
                .isInstanceOfSatisfying(AnaplanApiException.Unavailable.class, e -> {
                    assertThat(e.getMessage()).startsWith("the answer broke off or is not valid JSON").doesNotContain("\n");
                    assertThat(e.path()).isEqualTo("/x");
                });
        assertThat(body.closed).isTrue();
        assertThat(rows.hasNext()).as("nothing more after the failure").isFalse();
    }

    @Test
    void should_fail_when_the_body_ends_after_the_array_but_before_the_object() {
        String cut = TWO_ITEMS.substring(0, TWO_ITEMS.indexOf("\"after\""));
        assertThatThrownBy(() -> items(new Body(cut)).toList())
                .isInstanceOf(AnaplanApiException.Unavailable.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void should_fail_on_garbage_on_a_body_that_is_not_an_object_and_on_trailing_content() {
        assertThatThrownBy(() -> items(new Body("<html>502 Bad Gateway</html>")).toList())
                .isInstanceOf(AnaplanApiException.Unavailable.class);
        assertThatThrownBy(() -> items(new Body("[{\"id\":\"1\"}]")).toList())
                .isInstanceOf(AnaplanApiException.Unavailable.class).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> items(new Body("{\"items\":[{\"id\":\"1\"},}]}")).toList())
                .isInstanceOf(AnaplanApiException.Unavailable.class);
        assertThatThrownBy(() -> items(new Body("{\"items\":[]} {\"again\":1}")).toList())
                .isInstanceOf(AnaplanApiException.Unavailable.class).hasMessageContaining("after the JSON object");
        assertThatThrownBy(() -> items(new Body("")).toList())
                .isInstanceOf(AnaplanApiException.Unavailable.class);
    }

    @Test
    void should_hand_out_elements_before_the_rest_of_the_body_has_arrived() {
        String first = "{\"items\":[{\"id\":\"1\",\"name\":\"Revenue\"},";
        InputStream brokenLater = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        Body body = new Body(new SequenceInputStream(
                new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)), brokenLater));
        Iterator<LineItem> rows = items(body).iterator();
        assertThat(rows.next().name()).as("read without the rest of the body").isEqualTo("Revenue");
        assertThatThrownBy(rows::hasNext).isInstanceOf(AnaplanApiException.Unavailable.class)
                .hasMessage("the connection broke off while reading the answer");
        assertThat(body.closed).isTrue();
    }

    @Test
    void should_close_the_body_when_the_stream_is_closed_early() {
        Body body = new Body(TWO_ITEMS);
        try (Stream<LineItem> rows = items(body)) {
            assertThat(rows.findFirst()).isPresent();
        }
        assertThat(body.closed).isTrue();
    }
}
