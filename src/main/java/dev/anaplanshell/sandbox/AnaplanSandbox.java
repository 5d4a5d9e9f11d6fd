package dev.anaplanshell.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import dev.anaplanshell.sandbox.api.CalendarEndpoints;
import dev.anaplanshell.sandbox.api.CellEndpoints;
import dev.anaplanshell.sandbox.api.ListEndpoints;
import dev.anaplanshell.sandbox.api.BulkEndpoints;
import dev.anaplanshell.sandbox.api.ModelEndpoints;
import dev.anaplanshell.sandbox.api.ModelStateEndpoints;
import dev.anaplanshell.sandbox.api.TenantEndpoints;
import dev.anaplanshell.sandbox.api.ViewEndpoints;
import dev.anaplanshell.sandbox.auth.IntegrationAuth;
import dev.anaplanshell.sandbox.auth.SandboxAuth;
import dev.anaplanshell.sandbox.auth.TokenStore;
import dev.anaplanshell.sandbox.data.DemoData;
import dev.anaplanshell.sandbox.data.SbDemoData;
import dev.anaplanshell.sandbox.http.FaultInjector;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.tenant.Tenant;
import dev.anaplanshell.sandbox.txn.ModelStates;

/**
 * A local, Anaplan-compatible API server: the authentication service ({@code /token/...}) and the
 * Integration API ({@code /2/0/...}) on one 127.0.0.1 port. See docs/sandbox.md.
 */
public final class AnaplanSandbox implements AutoCloseable {

    private static final int THREADS = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Thread starting;
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private AnaplanSandbox(HttpServer server, ExecutorService executor, Thread starting) {
        this.server = server;
        this.executor = executor;
        this.starting = starting;
    }

    /**
     * Has the JDK's server send without waiting ({@code TCP_NODELAY}) unless {@code -Dsun.net.httpserver.nodelay}
     * says otherwise; it reads the setting once, when its first server is made. It writes every answer as its
     * headers, then its body: without this, on a kept-alive connection the body of a small answer waited for the
     * client's delayed acknowledgement, 40 ms a request on Linux (measured: a second GET took 47 ms, now 7 ms).
     */
    static void sendAtOnce() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    /** Starts on the demo tenant ({@link DemoData}). */
    public static AnaplanSandbox start(SandboxOptions options) throws IOException {
        return start(options, demoData(options));
    }

    /** Starts on the given tenant (tests use small fixtures). */
    public static AnaplanSandbox start(SandboxOptions options, SbDemoData data) throws IOException {
        HttpServer server = bind(options);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        serve(server, executor, options, data);
        return new AnaplanSandbox(server, executor, null);
    }

    /**
     * Starts on the demo tenant, returning as soon as its port is bound: the demo data and the endpoints are made on
     * a thread of their own (the shell's {@code --sandbox} starts Spring meanwhile). A request that arrives before
     * they are ready waits in the port's backlog and is answered once they are; if making them fails, that is said
     * on standard error and the port is closed, so that requests fail as on a sandbox that is not there.
     */
    public static AnaplanSandbox startInBackground(SandboxOptions options) throws IOException {
        HttpServer server = bind(options);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        Thread starting = new Thread(() -> {
            try {
                serve(server, executor, options, demoData(options));
            } catch (RuntimeException | Error e) {
                server.stop(0);
                executor.shutdownNow();
                System.err.println("error: cannot start the sandbox: " + e);
            }
        }, "anaplan-sandbox-start");
        starting.setDaemon(true);
        starting.start();
        return new AnaplanSandbox(server, executor, starting);
    }

    /** The demo tenant, with the generated scale model and volume list and view the options ask for. */
    private static SbDemoData demoData(SandboxOptions options) {
        return DemoData.create(options.scaleLineItems(), options.volumeListItems(), options.volumeViewCells());
    }

    private static HttpServer bind(SandboxOptions options) throws IOException {
        sendAtOnce();
        return HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), options.port()), 0);
    }

    private static void serve(HttpServer server, ExecutorService executor, SandboxOptions options, SbDemoData data) {
        URI baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        Tenant tenant = new Tenant(SandboxAuth.withUsers(data, options.auth()));
        TokenStore tokens = new TokenStore(options.clock(), options.tokenTtl());
        IntegrationAuth auth = new IntegrationAuth(tenant, tokens);
        Router router = new Router(baseUrl, options.clock());
        SandboxAuth.register(router, tenant, tokens, options);
        new TenantEndpoints(tenant, auth).register(router);
        new ModelEndpoints(tenant, auth).register(router);
        new ModelStateEndpoints(tenant, auth, options.clock()).register(router);
        ModelStates states = new ModelStates(options.volumeListItems(), options.volumeViewCells());
        ListEndpoints.of(tenant, auth, states).register(router);
        ViewEndpoints.of(tenant, auth, states).register(router);
        CellEndpoints.of(tenant, auth, states).register(router);
        CalendarEndpoints.of(tenant, auth, states).register(router);
        BulkEndpoints.register(router, tenant, auth, options);

        server.createContext("/", FaultInjector.wrap(router, options.faults(), options.clock()));
        server.setExecutor(executor);
        server.start();
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
        if (starting != null) {
            try {
                starting.join(); // the server is started (or stopped) before it is stopped
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "anaplan-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
