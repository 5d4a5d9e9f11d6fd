package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

/** Rows read straight into text cells: the flattening rules, and agreement with the records on the demo model. */
class FlatRowReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<String[]> rows(String body, List<String> fields) {
        try (Stream<String[]> rows = JsonArrayStreamer.stream(JSON,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "items", new FlatRowReader(fields),
                e -> new IllegalStateException(e.getOriginalMessage()))) {
            return rows.toList();
        }
    }

    @Test
    void should_export_the_line_item_records_fields_by_json_name_in_the_documented_order() {
        assertThat(LineItem.FIELDS).containsExactly("id", "name", "moduleId", "moduleName", "formula", "format",
                "formatMetadata", "summary", "appliesTo", "timeScale", "timeRange", "version", "isSummary",
                "formulaScope", "useSwitchover", "breakback", "broughtForward", "startOfSection", "style", "cellCount",
                "code", "notes", "parent", "referencedBy", "dataTags", "readAccessDriver", "writeAccessDriver");
    }

    @Test
    void should_flatten_each_kind_of_value_into_the_cells_of_the_wanted_fields_in_their_order() {
        String body = """
                {"meta":{},"items":[{"skipped":{"deep":[1,{"x":2}]},"name":"Revenue","id":"1",
                  "count":360,"ratio":1.50,"flag":true,"off":false,"none":null,
                  "ref":{"id":"9","name":"All"},"noName":{"id":"9"},"nullName":{"id":"9","name":null},
                  "refs":[{"name":"A","id":"1"},{"name":"B","id":"2"}],"empty":[],"strings":["x","y"],
                  "meta":{"dataType":"NUMBER","n":4,"ok":false,"sub":{"a":[1,"q\\"uote",null]},"name":"not a ref"}
                }],"status":{"code":200}}""";
        List<String> fields = List.of("id", "name", "count", "ratio", "flag", "off", "none", "absent", "ref", "noName",
                "nullName", "refs", "empty", "strings", "meta");

        List<String[]> rows = rows(body, fields);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly("1", "Revenue", "360", "1.50", "true", "false", "", "", "All", "", "",
                "A;B", "", "x;y",
                "{\"dataType\":\"NUMBER\",\"n\":4,\"ok\":false,\"sub\":{\"a\":[1,\"q\\\"uote\",null]},\"name\":\"not a ref\"}");
    }

    @Test
    void should_tell_references_from_other_objects_whatever_the_order_and_kind_of_their_id_and_name_fields() {
        String body = """
                {"items":[{"a":{"name":"N","id":7,"code":"c\\"q"},"b":{"id":"1","name":"R"},"c":{"id":{"x":1},"name":"S"},
                  "d":{"id":true,"name":null},"e":{"id":1.50,"sub":{"a":[]}},"f":{"name":"A","name":"B"},
                  "g":{"id":"1","name":"x","id":"2","more":false},"h":{"name":5},"i":[{"id":"1","name":"P"},{"id":"2"}]}]}""";
        List<String[]> rows = rows(body, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"));

        assertThat(rows.get(0)).containsExactly("{\"name\":\"N\",\"id\":7,\"code\":\"c\\\"q\"}", "R", "S", "",
                "{\"id\":1.50,\"sub\":{\"a\":[]}}", "B", "{\"id\":\"1\",\"name\":\"x\",\"id\":\"2\",\"more\":false}", "",
                "P;");
    }

    @Test
    void should_fail_on_an_element_that_is_not_an_object() {
        assertThatThrownBy(() -> rows("{\"items\":[\"text\"]}", List.of("id")))
                .hasMessageContaining("expected a JSON object for each row");
    }

    @Test
    void should_give_the_same_cells_as_the_records_for_every_line_item_of_the_demo_model() throws Exception {
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(SandboxOptions.defaults())) {
            AtomicReference<String> token = new AtomicReference<>();
            try (AnaplanClient client = new AnaplanClient(Endpoints.sameHost(sandbox.baseUrl()), token::get, "t")) {
                token.set(client.auth().authenticateBasic("demo@example.com", "demo".toCharArray()).tokenValue());
                Model fpa = client.models().list().filter(m -> m.name().equals("FP&A Plan")).findFirst().orElseThrow();
                List<LineItem> records = client.lineItems().list(fpa.id()).toList();
                List<String[]> cells;
                try (Stream<String[]> s = client.lineItems().cells(fpa.id(), LineItem.FIELDS)) {
                    cells = s.toList();
                }
                assertThat(cells).hasSameSizeAs(records).hasSizeGreaterThan(300);
                int column = LineItem.FIELDS.indexOf("formatMetadata");
                for (int i = 0; i < records.size(); i++) {
                    LineItem li = records.get(i);
                    String[] row = cells.get(i);
                    assertThat(row).hasSize(LineItem.FIELDS.size());
                    assertThat(row[0]).isEqualTo(li.id());
                    assertThat(row[4]).isEqualTo(li.formula() == null ? "" : li.formula());
                    assertThat(row[column]).isEqualTo(li.formatMetadata().toString());
                    assertThat(row[8]).isEqualTo(names(li.appliesTo()));
                    assertThat(row[11]).isEqualTo(li.version() == null ? "" : li.version().name());
                    assertThat(row[12]).isEqualTo(String.valueOf(li.isSummary()));
                    assertThat(row[19]).isEqualTo(li.cellCount() == null ? "" : li.cellCount().toString());
                    assertThat(row[23]).isEqualTo(names(li.referencedBy()));
                }
            }
        }
    }

    private static String names(List<NamedRef> refs) {
        return refs == null ? "" : refs.stream().map(NamedRef::name).collect(Collectors.joining(";"));
    }
}
