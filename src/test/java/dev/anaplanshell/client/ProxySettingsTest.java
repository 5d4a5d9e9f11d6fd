package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client through a tiny forward proxy on the loopback that counts what it forwards and wants a password. */
class ProxySettingsTest {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "proxy-authorization",
            "proxy-connection", "keep-alive", "transfer-encoding", "upgrade", "expect");

    private final AtomicInteger forwarded = new AtomicInteger();
    private final HttpClient upstream = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    private AnaplanSandbox sandbox;
    private HttpServer proxy;

    @BeforeEach
    void start() throws IOException {
        sandbox = AnaplanSandbox.start(SandboxOptions.defaults());
        proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", this::forward);
        proxy.start();
    }

    @AfterEach
    void stop() {
        proxy.stop(0);
        sandbox.close();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expected = "Basic " + Base64.getEncoder().encodeToString("proxyuser:s3cr:t".getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
                exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"test\"");
                exchange.sendResponseHeaders(407, -1);
                return;
            }
            forwarded.incrementAndGet();
            HttpRequest.Builder request = HttpRequest.newBuilder(exchange.getRequestURI())
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(
                            exchange.getRequestBody().readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> answer = upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] body = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String proxyUrl() {
        return "http://proxyuser:s3cr%3At@127.0.0.1:" + proxy.getAddress().getPort();
    }

    private List<String> workspaces(ProxySettings settings) {
        try (AnaplanClient client = new AnaplanClient(Endpoints.sameHost(sandbox.baseUrl()), () -> null, "test",
                HttpSettings.builder().proxy(settings).build(), d -> { })) {
            String token = client.auth().authenticateBasic("demo@example.com", "demo".toCharArray()).tokenValue();
            try (AnaplanClient withToken = new AnaplanClient(Endpoints.sameHost(sandbox.baseUrl()), () -> token,
                    "test", HttpSettings.builder().proxy(settings).build(), d -> { })) {
                return withToken.workspaces().list().map(w -> w.name()).toList();
            }
        }
    }

    @Test
    void should_go_through_the_proxy_of_the_proxy_option_with_its_user_and_password() {
        assertThat(workspaces(ProxySettings.resolve(proxyUrl(), Map.of()))).containsExactly("Acme Planning");
        assertThat(forwarded.get()).isEqualTo(2);
    }

    @Test
    void should_take_the_proxy_from_https_proxy_and_skip_it_for_no_proxy_hosts() {
        assertThat(workspaces(ProxySettings.resolve(null, Map.of("HTTPS_PROXY", proxyUrl())))).hasSize(1);
        assertThat(forwarded.get()).isEqualTo(2);
        assertThat(workspaces(ProxySettings.resolve(null, Map.of("https_proxy", proxyUrl(), "NO_PROXY",
                "example.com, 127.0.0.1")))).hasSize(1);
        assertThat(forwarded.get()).isEqualTo(2);
    }

    @Test
    void should_match_no_proxy_names_and_domains_and_never_print_the_password() {
        ProxySettings settings = ProxySettings.resolve("user:pw@proxy.corp:3128", Map.of("no_proxy", ".internal,Example.com"));
        assertThat(settings.bypasses("api.example.com")).isTrue();
        assertThat(settings.bypasses("example.com")).isTrue();
        assertThat(settings.bypasses("a.internal")).isTrue();
        assertThat(settings.bypasses("api.anaplan.com")).isFalse();
        assertThat(settings.bypasses("notexample.com")).isFalse();
        assertThat(settings.url()).isEqualTo(URI.create("http://user:pw@proxy.corp:3128"));
        assertThat(settings.toString()).isEqualTo("http://proxy.corp:3128").doesNotContain("pw");
        assertThat(ProxySettings.resolve(null, Map.of())).isEqualTo(ProxySettings.NONE);
        assertThatThrownBy(() -> ProxySettings.resolve("ftp://proxy:21", Map.of()))
                .hasMessage("invalid proxy URL: use http://[user:password@]host:port");
    }

    @Test
    void should_report_a_dead_proxy_as_the_proxy_not_the_service_being_unreachable() throws IOException {
        int dead;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            dead = socket.getLocalPort();
        }
        ProxySettings settings = ProxySettings.resolve("http://127.0.0.1:" + dead, Map.of());

        assertThatThrownBy(() -> workspaces(settings)).isInstanceOf(AnaplanApiException.class)
                .hasMessageContaining("cannot connect to the proxy http://127.0.0.1:" + dead + " (for 127.0.0.1:"
                        + sandbox.baseUrl().getPort() + ")");
    }
}
