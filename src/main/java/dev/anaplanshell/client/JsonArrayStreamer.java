package dev.anaplanshell.client;

import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the elements of one array field of a JSON object ({@code {"meta":..., "items":[...]}}) straight from a
 * response body as it arrives, one element at a time: no tree of the whole body and no body String, so memory stays
 * flat whatever the number of rows. Malformed or truncated JSON, anywhere in the body, ends the stream with the one
 * exception {@code failure} makes of it; the body is closed at the end, on failure, and when the stream is closed.
 */
final class JsonArrayStreamer<T> implements Iterator<T> {

    private final JsonParser parser;
    private final ElementReader<T> reader;
    private final String key;
    private final Function<JacksonException, RuntimeException> failure;
    private boolean started;
    private boolean finished;
    private T next;

    private JsonArrayStreamer(JsonParser parser, ElementReader<T> reader, String key,
            Function<JacksonException, RuntimeException> failure) {
        this.parser = parser;
        this.reader = reader;
        this.key = key;
        this.failure = failure;
    }

    /**
     * The elements of {@code body}'s top-level field {@code key}, each read as a {@code type}; a missing field or one
     * that is not an array is an empty stream. Close the stream to release the body early.
     */
    static <T> Stream<T> stream(JsonMapper json, InputStream body, String key, Class<T> type,
            Function<JacksonException, RuntimeException> failure) {
        ObjectReader reader = json.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return stream(json, body, key, reader::readValue, failure);
    }

    /** As {@link #stream(JsonMapper, InputStream, String, Class, Function)}, each element read by {@code reader}. */
    static <T> Stream<T> stream(JsonMapper json, InputStream body, String key, ElementReader<T> reader,
            Function<JacksonException, RuntimeException> failure) {
        JsonParser parser;
        try {
            parser = json.createParser(body);
        } catch (JacksonException e) {
            throw failure.apply(e);
        }
        JsonArrayStreamer<T> rows = new JsonArrayStreamer<>(parser, reader, key, failure);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(rows::close);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            try {
                next = advance();
            } catch (JacksonException e) {
                close();
                throw failure.apply(e);
            }
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T row = next;
        next = null;
        return row;
    }

    /** The next element, or null (and the body checked to its end, then closed) after the last. */
    private T advance() {
        if (!started) {
            started = true;
            if (!findArray(parser, key)) {
                return finish();
            }
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            skipRest(parser);
            return finish();
        }
        if (token == null) {
            throw truncated(parser);
        }
        if (token == JsonToken.VALUE_NULL) {
            throw new JsonShapeException(parser, "a null entry in '" + key + "'");
        }
        return reader.read(parser);
    }

    /**
     * Positions {@code parser}, at the start of a body, inside the object's {@code key} array; false when the object
     * has none (the rest is then read and checked).
     */
    static boolean findArray(JsonParser parser, String key) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new JsonShapeException(parser, "expected a JSON object");
        }
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            boolean wanted = key.equals(parser.currentName());
            JsonToken value = parser.nextToken();
            if (wanted && value == JsonToken.START_ARRAY) {
                return true;
            }
            parser.skipChildren();
        }
        endOfObject(parser, token);
        return false;
    }

    /** Reads (and checks) what follows the array, up to the end of the body. */
    static void skipRest(JsonParser parser) {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
        endOfObject(parser, token);
    }

    private static void endOfObject(JsonParser parser, JsonToken token) {
        if (token == null) {
            throw truncated(parser);
        }
        if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
            throw new JsonShapeException(parser, "unexpected content after the JSON object");
        }
    }

    static JacksonException truncated(JsonParser parser) {
        return new JsonShapeException(parser, "the body ended before the JSON did");
    }

    private T finish() {
        finished = true;
        close();
        return null;
    }

    private void close() {
        finished = true;
        next = null;
        try {
            parser.close();
        } catch (JacksonException ignored) {
            // closing a broken body cannot fail the export more than it already has
        }
    }

    /** Reads one element; the parser is on its first token and is left on its last. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(JsonParser parser);
    }

    /** A body that parses but is not shaped as expected, or ends early. */
    static final class JsonShapeException extends tools.jackson.core.exc.StreamReadException {
        private static final long serialVersionUID = 1L;

        JsonShapeException(JsonParser parser, String message) {
            super(parser, message);
        }
    }
}
