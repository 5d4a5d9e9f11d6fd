package dev.anaplanshell.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.LongFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the {@link Transport} makes of a successful answer's body: a JSON tree, or bytes copied to a sink. */
final class Bodies {

    private final JsonMapper json;
    private final ApiErrors errors;
    private final Exchange exchange;

    Bodies(JsonMapper json, ApiErrors errors, Exchange exchange) {
        this.json = json;
        this.errors = errors;
        this.exchange = exchange;
    }

    /**
     * A JSON answer, parsed as it arrives (whitespace costs no memory). A body cut short is a failure of the
     * connection, retried as one; an empty body is an empty object after a write and an unexpected answer to a GET.
     */
    JsonNode json(Exchange.Answer answer) throws IOException {
        JsonNode node;
        try (InputStream body = answer.body()) {
            node = json.readTree(body);
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e);
        } catch (UnexpectedEndOfInputException e) {
            exchange.traceBody(answer);
            if (answer.body().count() > 0) {
                throw new EOFException("the JSON stops before its end");
            }
            node = null;
        } catch (JacksonException e) {
            exchange.traceBody(answer);
            throw errors.notJson(answer.status(), answer.call().url().getPath());
        }
        exchange.traceBody(answer);
        if (node == null || node.isMissingNode() || node.isNull()) {
            if (answer.call().method().equals("GET")) {
                throw errors.unexpectedAnswer(answer.call().name(), "an empty body where JSON was expected");
            }
            return json.createObjectNode();
        }
        return node;
    }

    /**
     * Copies the body into the sink {@code sink} gives for its length (-1 when unknown). A body that breaks off
     * before any byte reached the sink is retried; after that it is a failure of the download, not retried (the sink
     * holds part of it); a failure to write is the sink's, an {@link UncheckedIOException}.
     */
    Exchange.BodyReader<Long> copyTo(LongFunction<OutputStream> sink) {
        return answer -> {
            try (InputStream body = answer.body()) {
                OutputStream out = sink.apply(answer.length());
                byte[] buffer = new byte[64 * 1024];
                long written = 0;
                for (int n; (n = read(body, buffer, written, answer)) >= 0; written += n) {
                    try {
                        out.write(buffer, 0, n);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return written;
            }
        };
    }

    private int read(InputStream body, byte[] buffer, long written, Exchange.Answer answer) throws IOException {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            if (written == 0) {
                throw e;
            }
            AnaplanApiException broken = errors.fromBody(answer.call(), e);
            throw new AnaplanApiException.Unavailable(0, broken.getMessage() + " after " + written + " bytes",
                    broken.path());
        }
    }
}
