package dev.anaplanshell.client;

import java.net.http.HttpClient;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kong.unirest.core.Config;
import kong.unirest.core.UnirestInstance;
import kong.unirest.core.java.JavaClient;

/**
 * The one place the HTTP client is made ({@link #make}): Unirest on the {@code java.net.http} client, with the
 * settings' timeouts and proxy, no redirects followed (the {@link Transport} decides: credentials never leave the
 * configured hosts), a TLS context made only at the first https connection ({@link DeferredTls}), bigger read buffers
 * ({@link #readInLargeBuffers}), and a stop for its selector thread when the shell is done with it.
 *
 * <p>The JDK's client has no close before Java 21, and its selector thread waits in native code; at exit the JVM
 * waits up to 0.3 s for threads in native code, which is a third of a short scripted run. On Java 21 and later
 * {@code shutdownNow()} stops it; on Java 17 the thread ends its loop when interrupted. The thread is found by the
 * name the JDK gives it from the client's id (its {@code toString}); where that is not found nothing happens, and
 * the exit is only slower.
 */
final class HttpClients {

    private static final Pattern ID = Pattern.compile("\\((\\d+)\\)$");

    /** The size in bytes of each read from the connection (the JDK default is 16 KiB). */
    static final String READ_BUFFER = "262144";

    private HttpClients() {
    }

    /**
     * The client for one session. {@code requestTimeout} bounds the wait for an answer's headers only; the body's
     * reads are bounded by {@link BoundedBody}.
     *
     * @param made told of the JDK client under Unirest when Unirest makes it (at the first request)
     */
    static UnirestInstance make(HttpSettings settings, String userAgent, Consumer<HttpClient> made) {
        Config config = new Config()
                .connectTimeout((int) settings.connectTimeout().toMillis())
                .requestTimeout((int) settings.readTimeout().toMillis())
                .followRedirects(false)
                .setDefaultHeader("User-Agent", userAgent)
                .setDefaultHeader("Accept", "application/json")
                .sslContext(DeferredTls.jdkDefault());
        settings.proxy().apply(config);
        config.httpClient(cfg -> {
            readInLargeBuffers();
            JavaClient client = new JavaClient(cfg);
            made.accept(client.getClient());
            return client;
        });
        return new UnirestInstance(config);
    }

    /**
     * Has the JDK client read responses in 256 KiB buffers unless {@code -Djdk.httpclient.bufsize} says otherwise;
     * call before the first client is made, as the JDK reads the setting once. A streamed body reaches its reader one
     * buffer at a time, each handed over only when the one before is taken, so 16 KiB buffers leave the reader
     * waiting on the connection thread some 5,000 times for 80 MB of line items (~0.15 s of a 0.6 s read).
     */
    static void readInLargeBuffers() {
        if (System.getProperty("jdk.httpclient.bufsize") == null) {
            System.setProperty("jdk.httpclient.bufsize", READ_BUFFER);
        }
    }

    static void stop(HttpClient client) {
        if (client instanceof AutoCloseable) {
            try {
                HttpClient.class.getMethod("shutdownNow").invoke(client);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not fatal: the JVM waits a little longer at exit
            }
            return;
        }
        Thread selector = selectorThread(client);
        if (selector != null) {
            selector.interrupt();
        }
    }

    /** The client's selector thread on Java 17, or null. */
    static Thread selectorThread(HttpClient client) {
        Matcher id = ID.matcher(client.toString());
        if (!id.find()) {
            return null;
        }
        String name = "HttpClient-" + id.group(1) + "-SelectorManager";
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(name)) {
                return thread;
            }
        }
        return null;
    }
}
