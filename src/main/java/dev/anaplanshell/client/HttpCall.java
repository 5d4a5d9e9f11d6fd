package dev.anaplanshell.client;

import java.net.URI;
import java.util.Map;

/**
 * One request as the {@link Exchange} sends it, as often as retries and same-origin redirects need.
 *
 * @param method the HTTP verb
 * @param url the full URL without the query
 * @param query the query parameters
 * @param service true for the authentication and OAuth services: {@code authorization} as given (null: none), no
 *        redirect followed, bodies redacted in the trace; false for the Integration API with the session's token
 * @param authorization the {@code Authorization} header of a service call
 * @param contentType the body's type, or null without a body
 * @param body a {@code String} or {@code byte[]}, or null
 * @param accept the {@code Accept} header, or null for JSON
 * @param limit the most bytes of the answer's body read ({@code Long.MAX_VALUE} for streams)
 * @param idempotency whether the request may be repeated after a failure that may have applied it
 */
record HttpCall(String method, URI url, Map<String, Object> query, boolean service, String authorization,
        String contentType, Object body, String accept, long limit, RetryPolicy.Idempotency idempotency) {

    /** An Integration API call with the session's token; GET, HEAD and PUT may be repeated. */
    static HttpCall api(String method, String url, Map<String, Object> query, String contentType, Object body,
            String accept, long limit) {
        return new HttpCall(method, URI.create(url), query, false, null, contentType, body, accept, limit,
                method.equals("GET") || method.equals("HEAD") || method.equals("PUT")
                        ? RetryPolicy.Idempotency.IDEMPOTENT : RetryPolicy.Idempotency.NOT_IDEMPOTENT);
    }

    /** A call to the authentication or OAuth service with its own credentials (or none). */
    static HttpCall service(String method, String url, String authorization, String jsonBody, long limit,
            RetryPolicy.Idempotency idempotency) {
        return new HttpCall(method, URI.create(url), Map.of(), true, authorization, "application/json", jsonBody,
                null, limit, idempotency);
    }

    /** {@code GET /2/0/models}: how errors name the call. */
    String name() {
        return method + " " + url.getPath();
    }
}
