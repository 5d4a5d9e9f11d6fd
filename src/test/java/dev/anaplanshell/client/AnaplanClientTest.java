package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.client.model.TokenGrant;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client facade against the sandbox over real HTTP. */
class AnaplanClientTest {

    private static AnaplanSandbox sandbox;
    private static AnaplanClient client;
    private static final AtomicReference<String> TOKEN = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        sandbox = AnaplanSandbox.start(SandboxOptions.defaults());
        client = new AnaplanClient(Endpoints.sameHost(sandbox.baseUrl()), TOKEN::get, "test");
        TOKEN.set(client.auth().authenticateBasic("demo@example.com", "demo".toCharArray()).tokenValue());
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void should_authenticate_with_basic_and_get_a_token_that_expires_in_the_future() {
        TokenGrant token = client.auth().authenticateBasic("demo@example.com", "demo".toCharArray());
        assertThat(token.tokenValue()).isNotBlank();
        assertThat(token.expiresAt()).isGreaterThan(System.currentTimeMillis());
        assertThat(token.serverTime()).as("the answer's Date header").isNotNull();
        assertThat(token.toString()).doesNotContain(token.tokenValue());
        assertThat(client.auth().refresh(token.tokenValue()).tokenValue()).isEqualTo(token.tokenValue());
    }

    @Test
    void should_map_bad_credentials_to_unauthorized() {
        assertThatThrownBy(() -> client.auth().authenticateBasic("demo@example.com", "nope".toCharArray()))
                .isInstanceOfSatisfying(AnaplanApiException.Unauthorized.class,
                        e -> assertThat(e.path()).isEqualTo("/token/authenticate"));
    }

    @Test
    void should_follow_paging_across_pages_lazily() {
        Transport transport = new Transport(Endpoints.sameHost(sandbox.baseUrl()), TOKEN::get, "test", HttpTrace.off());
        List<Model> paged = transport.pages("/models", Map.of(), "models", Model.class, 1).toList();
        assertThat(paged).extracting(Model::name).containsExactlyElementsOf(
                client.models().list().map(Model::name).toList());
        assertThat(paged).hasSizeGreaterThanOrEqualTo(3);
        transport.close();
    }

    @Test
    void should_not_make_a_tls_context_for_a_session_on_plain_http() {
        Transport transport = new Transport(Endpoints.sameHost(sandbox.baseUrl()), TOKEN::get, "test", HttpTrace.off());
        transport.get("/models", Map.of());
        assertThat(transport.jdkClient().sslContext()).as("the client's TLS context").isInstanceOfSatisfying(
                DeferredTls.class, tls -> assertThat(tls.made()).as("TLS context made").isFalse());
        transport.close();
    }

    @Test
    void should_stop_the_jdk_clients_selector_thread_on_close_so_that_the_jvm_exits_without_waiting() throws Exception {
        Transport transport = new Transport(Endpoints.sameHost(sandbox.baseUrl()), TOKEN::get, "test", HttpTrace.off());
        assertThat(transport.jdkClient()).as("made on the first request").isNull();
        transport.get("/models", Map.of());
        Thread selector = HttpClients.selectorThread(transport.jdkClient());
        assertThat(selector).as("the JDK client's selector thread").isNotNull();
        assertThat(selector.isAlive()).isTrue();

        transport.close();

        selector.join(10_000);
        assertThat(selector.isAlive()).as("selector thread after close").isFalse();
        assertThat(transport.jdkClient()).isNull();
    }

    @Test
    void should_read_models_modules_and_line_items_with_all_metadata() {
        Model fpa = client.models().list().filter(m -> m.name().equals("FP&A Plan")).findFirst().orElseThrow();
        assertThat(client.models().get(fpa.id()).currentWorkspaceName()).isEqualTo("Acme Planning");
        assertThat(client.models().list(fpa.currentWorkspaceId())).extracting(Model::id).contains(fpa.id());
        List<Module> modules = client.modules().list(fpa.id()).toList();
        assertThat(modules).hasSizeGreaterThanOrEqualTo(15);
        List<LineItem> all = client.lineItems().list(fpa.id()).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(300);
        assertThat(all).allSatisfy(li -> assertThat(li.format()).isNotBlank());
        assertThat(all).anySatisfy(li -> assertThat(li.formatMetadata().path("dataType").asString()).isEqualTo("NUMBER"));
        List<LineItem> one = client.lineItems().list(fpa.id(), modules.get(0).id()).toList();
        assertThat(one).isNotEmpty().allSatisfy(li -> assertThat(li.moduleId()).isEqualTo(modules.get(0).id()));
    }

    @Test
    void should_map_unknown_ids_to_not_found_and_missing_tokens_to_unauthorized() {
        assertThatThrownBy(() -> client.models().get("00000000000000000000000000000000"))
                .isInstanceOf(AnaplanApiException.NotFound.class);
        try (AnaplanClient anonymous = new AnaplanClient(Endpoints.sameHost(sandbox.baseUrl()), () -> "bogus", "t")) {
            assertThatThrownBy(() -> anonymous.users().me()).isInstanceOf(AnaplanApiException.Unauthorized.class);
        }
    }

    @Test
    void should_map_an_unreachable_host_to_unavailable() {
        try (AnaplanClient dead = new AnaplanClient(Endpoints.sameHost(URI.create("http://127.0.0.1:9")), TOKEN::get,
                "t")) {
            assertThatThrownBy(() -> dead.workspaces().list().toList())
                    .isInstanceOfSatisfying(AnaplanApiException.Unavailable.class,
                            e -> assertThat(e.getMessage()).isEqualTo("cannot connect to 127.0.0.1:9"));
        }
    }
}
