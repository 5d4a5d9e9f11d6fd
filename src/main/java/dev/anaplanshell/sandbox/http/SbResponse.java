package dev.anaplanshell.sandbox.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What a handler answers: a status and a JSON body (null for none), plus extra headers; or a streamed body
 * ({@link #stream}) written chunk by chunk, for CSV data that must never be held whole in memory.
 */
public record SbResponse(int status, JsonNode body, Map<String, String> headers, Streamed streamed) {

    /** Writes a streamed body to the response as it goes. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A body of the given content type, written by {@code writer}. */
    public record Streamed(String contentType, BodyWriter writer) {
    }

    public SbResponse(int status, JsonNode body, Map<String, String> headers) {
        this(status, body, headers, null);
    }

    /** 200 with a body written as it is produced (chunked), e.g. {@code text/csv}. */
    public static SbResponse stream(String contentType, BodyWriter writer) {
        return new SbResponse(200, null, Map.of(), new Streamed(contentType, writer));
    }

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
