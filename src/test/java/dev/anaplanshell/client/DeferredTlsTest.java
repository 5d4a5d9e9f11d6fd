package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import dev.anaplanshell.support.TestCertificates;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The TLS context made at the first https connection: never for plain http, once for https, and the connection
 * trusted exactly as the context made says. The JDK client is given SSL parameters, as Unirest always gives it.
 */
class DeferredTlsTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static HttpClient client(DeferredTls tls) {
        return HttpClient.newBuilder().sslContext(tls).sslParameters(new SSLParameters()).build();
    }

    private String serve(HttpServer made, String scheme) throws IOException {
        server = made;
        server.createContext("/", exchange -> {
            byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_not_make_the_context_for_plain_http() throws Exception {
        AtomicInteger made = new AtomicInteger();
        DeferredTls tls = DeferredTls.of(() -> {
            made.incrementAndGet();
            return DeferredTls.jdkDefault();
        });
        String url = serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), "http");

        assertThat(get(client(tls), url).body()).isEqualTo("hello");
        assertThat(made).hasValue(0);
        assertThat(tls.made()).isFalse();
    }

    @Test
    void should_make_the_context_once_at_the_first_https_connection_and_trust_what_it_trusts() throws Exception {
        TestCertificates.Pair certificate = TestCertificates.server("127.0.0.1");
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(TestCertificates.serverContext(certificate)));
        String url = serve(https, "https");
        AtomicInteger made = new AtomicInteger();
        DeferredTls tls = DeferredTls.of(() -> {
            made.incrementAndGet();
            return trusting(certificate.certificate());
        });
        HttpClient client = client(tls);
        assertThat(made).as("made with the client").hasValue(0);

        assertThat(get(client, url).body()).isEqualTo("hello");
        assertThat(get(client, url).statusCode()).isEqualTo(200);
        assertThat(made).as("made at the first connection, once").hasValue(1);
        assertThat(tls.made()).isTrue();
    }

    private static SSLContext trusting(Certificate certificate) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("server", certificate);
            TrustManagerFactory managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            managers.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, managers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
