package dev.anaplanshell.sandbox.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.JsonNode;

/**
 * What a handler answers: a status and a JSON body (null for none), plus extra headers; or a body written to the
 * connection as it is produced ({@link #stream}, {@link #raw}), for CSV data and file content that must never be
 * held whole in memory.
 */
public record SbResponse(int status, JsonNode body, Map<String, String> headers, Streamed streamed) {

    /** Writes a streamed body to the response as it goes. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;

        /** The same body, gzip-encoded as it is written. */
        default BodyWriter gzipped() {
            return out -> {
                GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
                write(gz);
                gz.finish();
            };
        }
    }

    /**
     * A body of the given content type, written by {@code writer}.
     *
     * @param length the exact length in bytes, or -1 when unknown (sent chunked)
     * @param gzip the same body already gzip-encoded (a cached copy), or null: the router compresses as it writes
     */
    public record Streamed(String contentType, long length, BodyWriter writer, Encoded gzip) {

        public Streamed(String contentType, long length, BodyWriter writer) {
            this(contentType, length, writer, null);
        }
    }

    /** A body in an encoding: its length in bytes (-1 when unknown) and its writer. */
    public record Encoded(long length, BodyWriter writer) {
    }

    public SbResponse(int status, JsonNode body, Map<String, String> headers) {
        this(status, body, headers, null);
    }

    /** 200 with a body written as it is produced (chunked), e.g. {@code text/csv}. */
    public static SbResponse stream(String contentType, BodyWriter writer) {
        return new SbResponse(200, null, Map.of(), new Streamed(contentType, -1, writer));
    }

    /** 200 with a non-JSON body of a known length (file chunks, dumps), streamed by its writer. */
    public static SbResponse raw(String contentType, long length, BodyWriter writer) {
        return new SbResponse(200, null, Map.of(), new Streamed(contentType, length, writer));
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
