package dev.anaplanshell.sandbox.http;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.Headers;

/**
 * One request as the sandbox's handlers see it.
 *
 * @param method upper-case HTTP method
 * @param path the normalised request path (no trailing slash, no double slashes)
 * @param pathParams values of the route's {@code {placeholders}}
 * @param query decoded query parameters in request order (first value wins)
 * @param headers request headers (case-insensitive names)
 * @param body the request body, empty when none was sent
 * @param baseUrl {@code http://127.0.0.1:PORT}, for the URLs the sandbox writes into bodies
 */
public record SbRequest(String method, String path, Map<String, String> pathParams, Map<String, String> query,
        Headers headers, byte[] body, URI baseUrl) {

    public String param(String name) {
        return pathParams.get(name);
    }

    public String query(String name) {
        return query.get(name);
    }

    /** A boolean query flag such as {@code includeAll=true}; anything but "true" (any case) is false. */
    public boolean flag(String name) {
        return "true".equalsIgnoreCase(query.get(name));
    }

    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** An absolute URL on this sandbox, e.g. {@code url("/2/0/objects/model")}. */
    public String url(String absolutePath) {
        return baseUrl + absolutePath;
    }
}
