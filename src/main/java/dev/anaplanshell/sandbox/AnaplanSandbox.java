package dev.anaplanshell.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;

import com.sun.net.httpserver.HttpServer;

/**
 * A local, Anaplan-compatible API server: the authentication service ({@code /token/...}) and the
 * Integration API ({@code /2/0/...}) on one 127.0.0.1 port. Placeholder until the server lands.
 */
public final class AnaplanSandbox implements AutoCloseable {

    private final HttpServer server;

    private AnaplanSandbox(HttpServer server) {
        this.server = server;
    }

    public static AnaplanSandbox start(SandboxOptions options) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", options.port()), 0);
        server.start();
        return new AnaplanSandbox(server);
    }

    /** {@code http://127.0.0.1:PORT}, usable as both the auth URL and the API URL. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
