package dev.anaplanshell.client;

import java.net.URI;

/**
 * Where the services live. {@code apiUrl} is the host of the Integration API ({@code /2/0/...} is appended);
 * {@code authUrl} that of the authentication service ({@code /token/...}); {@code oauthUrl} that of the OAuth 2.0
 * service ({@code /oauth/...}).
 */
public record Endpoints(URI authUrl, URI apiUrl, URI oauthUrl) {

    public static final URI DEFAULT_AUTH_URL = URI.create("https://auth.anaplan.com");
    public static final URI DEFAULT_API_URL = URI.create("https://api.anaplan.com");
    public static final URI DEFAULT_OAUTH_URL = URI.create("https://us1a.app.anaplan.com");

    /** The auth and API hosts, with the default OAuth host. */
    public Endpoints(URI authUrl, URI apiUrl) {
        this(authUrl, apiUrl, DEFAULT_OAUTH_URL);
    }

    public static Endpoints defaults() {
        return new Endpoints(DEFAULT_AUTH_URL, DEFAULT_API_URL, DEFAULT_OAUTH_URL);
    }

    public static Endpoints of(String authUrl, String apiUrl) {
        return new Endpoints(parse(authUrl), parse(apiUrl));
    }

    public static Endpoints of(String authUrl, String apiUrl, String oauthUrl) {
        return new Endpoints(parse(authUrl), parse(apiUrl), parse(oauthUrl));
    }

    /** All services on one host, as the sandbox serves them. */
    public static Endpoints sameHost(URI url) {
        return new Endpoints(url, url, url);
    }

    String api(String path) {
        return strip(apiUrl) + "/2/0" + path;
    }

    String auth(String path) {
        return strip(authUrl) + path;
    }

    String oauth(String path) {
        return strip(oauthUrl) + path;
    }

    private static String strip(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static URI parse(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        return uri;
    }
}
