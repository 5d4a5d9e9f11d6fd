package dev.anaplanshell.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kong.unirest.core.Config;

/**
 * The HTTP proxy: {@code --proxy URL} (with {@code user:password@}), else {@code HTTPS_PROXY}/{@code HTTP_PROXY}
 * minus the hosts of {@code NO_PROXY}; with none of these, Java's own properties ({@code https.proxyHost},
 * {@code http.nonProxyHosts}...) through the JDK's default proxy selector.
 *
 * @param url the proxy, or null for Java's properties
 * @param noProxy host names (and {@code .domain} suffixes) reached directly; {@code *} for all
 */
public record ProxySettings(URI url, List<String> noProxy) {

    /** No proxy of our own: Java's proxy properties apply. */
    public static final ProxySettings NONE = new ProxySettings(null, List.of());

    public ProxySettings {
        noProxy = List.copyOf(noProxy);
    }

    /**
     * From {@code --proxy} (null when absent) and the environment.
     *
     * @throws IllegalArgumentException for a URL that is not {@code http://[user:password@]host:port}
     */
    public static ProxySettings resolve(String option, Map<String, String> env) {
        List<String> noProxy = Arrays.stream(first(env, "NO_PROXY", "no_proxy", "").split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        String url = option != null ? option : first(env, "HTTPS_PROXY", "https_proxy",
                first(env, "HTTP_PROXY", "http_proxy", null));
        if (url == null || url.isBlank()) {
            return NONE;
        }
        URI uri;
        try {
            uri = URI.create(url.contains("://") ? url.strip() : "http://" + url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid proxy URL: use http://[user:password@]host:port");
        }
        if (uri.getHost() == null || !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("invalid proxy URL: use http://[user:password@]host:port");
        }
        return new ProxySettings(uri, noProxy);
    }

    /** True when {@code host} is reached without the proxy. */
    public boolean bypasses(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return noProxy.stream().anyMatch(n -> n.equals("*") || h.equals(n.startsWith(".") ? n.substring(1) : n)
                || h.endsWith(n.startsWith(".") ? n : "." + n));
    }

    void apply(Config config) {
        if (url == null) {
            return; // the JDK's default selector: Java's proxy properties
        }
        int port = url.getPort() > 0 ? url.getPort() : 80;
        List<Proxy> via = List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(url.getHost(), port)));
        config.proxy(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return uri.getHost() != null && bypasses(uri.getHost()) ? List.of(Proxy.NO_PROXY) : via;
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                // the request fails and is reported; nothing to remember
            }
        });
    }

    /**
     * {@code Proxy-Authorization} for a request to {@code target}: Basic with the URL's user and password when the
     * request goes through the proxy. Sent with the request rather than through a JDK {@code Authenticator}, which
     * would turn the service's own 401s into I/O errors; the JDK copies it to the CONNECT of an HTTPS tunnel only.
     */
    Optional<String> authorization(URI target) {
        String userInfo = url == null ? null : url.getRawUserInfo();
        if (userInfo == null || target.getHost() == null || bypasses(target.getHost())) {
            return Optional.empty();
        }
        int colon = userInfo.indexOf(':');
        String pair = decode(colon < 0 ? userInfo : userInfo.substring(0, colon)) + ":"
                + decode(colon < 0 ? "" : userInfo.substring(colon + 1));
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** The proxy without its password, for messages. */
    @Override
    public String toString() {
        return url == null ? "Java's proxy settings" : "http://" + url.getHost() + ":" + url.getPort();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String first(Map<String, String> env, String upper, String lower, String otherwise) {
        String v = env.get(upper);
        if (v == null || v.isBlank()) {
            v = env.get(lower);
        }
        return v == null || v.isBlank() ? otherwise : v;
    }
}
