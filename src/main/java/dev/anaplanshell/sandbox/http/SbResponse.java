package dev.anaplanshell.sandbox.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What a handler answers: a status and a JSON body (null for none), plus extra headers; or, for file content, a
 * {@link Raw} body streamed by its writer.
 */
public record SbResponse(int status, JsonNode body, Map<String, String> headers, Raw raw) {

    /** Writes a raw body straight to the connection, so large content never has to be held in memory. */
    @FunctionalInterface
    public interface RawWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A non-JSON body of a known length. */
    public record Raw(String contentType, long length, RawWriter writer) {
    }

    public SbResponse(int status, JsonNode body, Map<String, String> headers) {
        this(status, body, headers, null);
    }

    public static SbResponse raw(String contentType, long length, RawWriter writer) {
        return new SbResponse(200, null, Map.of(), new Raw(contentType, length, writer));
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
