package dev.anaplanshell.sandbox.http;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/** What a handler answers: a status and a JSON body (null for none), plus extra headers. */
public record SbResponse(int status, JsonNode body, Map<String, String> headers) {

    public static SbResponse json(int status, JsonNode body) {
        return new SbResponse(status, body, Map.of());
    }

    public static SbResponse ok(JsonNode body) {
        return json(200, body);
    }

    public static SbResponse noContent() {
        return new SbResponse(204, null, Map.of());
    }
}
