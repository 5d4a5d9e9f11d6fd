package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.support.ReplayServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's one paging helper on the captured pages of {@code /2/0/models} (page 2 repeats two models of
 * page 1) and on variations of them that a server going wrong could send.
 */
class CapturedPagingTest {

    private final ReplayServer anaplan = ReplayServer.seedJob();
    private AnaplanClient client;

    @BeforeEach
    void login() {
        AtomicReference<String> token = new AtomicReference<>();
        client = new AnaplanClient(Endpoints.sameHost(URI.create(anaplan.baseUrl())), token::get, "test");
        token.set(client.auth().authenticateBasic("joe.smith@anaplan.com", "secret".toCharArray()).tokenValue());
    }

    @AfterEach
    void stop() {
        client.close();
        anaplan.close();
    }

    @Test
    void should_keep_the_first_occurrence_of_each_model_in_order() {
        List<Model> models = client.models().list().toList();

        assertThat(models).extracting(Model::id).containsExactly("testModelGuid", "08B4AFAF5DEA463999B0A5CBCC18DF69",
                "6D203BA7549241C7BEE26C93DE987F12", "616FFCEA5CBE4A1C81EF0B72DF7DA2CA", "testModelIdForWorkspace2");
        assertThat(anaplan.hits("GET", "/2/0/models")).isEqualTo(2);
    }

    @Test
    void should_stop_at_an_empty_page_whatever_totalSize_says() {
        anaplan.on("GET", "/2/0/models", q -> true, "captured/empty_response.json",
                body -> body.replace("\"totalSize\": 0", "\"totalSize\": 2000000000"));
        anaplan.on("GET", "/2/0/models", q -> "0".equals(q.get("offset")), "captured/page1_response.json",
                body -> body.replace("\"totalSize\": 6", "\"totalSize\": 2000000000"));

        assertThat(client.models().list().toList()).hasSize(4);
        assertThat(anaplan.hits("GET", "/2/0/models")).isEqualTo(2);
    }

    @Test
    void should_stop_when_a_page_brings_only_rows_it_has_seen() {
        anaplan.on("GET", "/2/0/models", q -> true, "captured/page1_response.json",
                body -> body.replace("\"totalSize\": 6", "\"totalSize\": 2000000000"));

        assertThat(client.models().list().toList()).hasSize(4);
        assertThat(anaplan.hits("GET", "/2/0/models")).isEqualTo(2);
    }

    @Test
    void should_fetch_no_more_pages_than_the_first_pages_totalSize_allows() {
        // every later page claims a huge total and brings models never seen: page 1's total of 6 in pages of 4 caps it
        anaplan.on("GET", "/2/0/models", q -> !"0".equals(q.get("offset")), "captured/page1_response.json",
                body -> body.replace("\"totalSize\": 6", "\"totalSize\": 2000000000")
                        .replace("\"id\": \"", "\"id\": \"" + System.nanoTime()));

        assertThat(client.models().list().toList()).hasSize(8);
        assertThat(anaplan.hits("GET", "/2/0/models")).isEqualTo(2);
    }
}
