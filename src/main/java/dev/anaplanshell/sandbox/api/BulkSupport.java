package dev.anaplanshell.sandbox.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import dev.anaplanshell.sandbox.auth.IntegrationAuth;
import dev.anaplanshell.sandbox.bulk.BulkRegistry;
import dev.anaplanshell.sandbox.bulk.FileContent;
import dev.anaplanshell.sandbox.bulk.ModelBulk;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Envelopes;
import dev.anaplanshell.sandbox.http.Json;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What the bulk routes share: both path forms, the model's bulk side, envelopes with model schemas, bodies. */
final class BulkSupport {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    final Tenant tenant;
    final IntegrationAuth auth;
    final BulkRegistry bulk;
    final Clock clock;

    BulkSupport(Tenant tenant, IntegrationAuth auth, BulkRegistry bulk, Clock clock) {
        this.tenant = tenant;
        this.auth = auth;
        this.bulk = bulk;
        this.clock = clock;
    }

    /** Registers a route under {@code /2/0/models/{modelId}} and {@code /2/0/workspaces/{workspaceId}/models/{modelId}}. */
    void both(Router router, String method, String suffix, IntegrationAuth.UserHandler handler) {
        router.route(method, "/2/0/models/{modelId}" + suffix, auth.require(handler))
                .route(method, "/2/0/workspaces/{workspaceId}/models/{modelId}" + suffix, auth.require(handler));
    }

    /** The path's model (in the path's workspace, on that form), else 404. */
    ModelBulk model(SbRequest req) {
        return bulk.of(tenant.model(req.param("modelId"), req.param("workspaceId"))
                .orElseThrow(ApiException::notFound));
    }

    /** Model objects' schema URLs are {@code /2/0/models/{modelId}/objects/{type}}. */
    static ObjectNode modelSchema(SbRequest req, ObjectNode body, String type) {
        ((ObjectNode) body.get("meta")).put("schema", req.url("/2/0/models/" + req.param("modelId") + "/objects/" + type));
        return body;
    }

    static SbResponse single(SbRequest req, String type, String key, JsonNode value) {
        return SbResponse.ok(modelSchema(req, Envelopes.single(req, type, key, value), type));
    }

    /** A paged collection whose key is left out when it is empty ({@code chunks}, {@code tasks}). */
    static SbResponse page(SbRequest req, String type, String key, List<ObjectNode> rows, boolean omitWhenEmpty) {
        ObjectNode body = modelSchema(req, Envelopes.page(req, type, key, rows), type);
        if (omitWhenEmpty && rows.isEmpty()) {
            body.remove(key);
        }
        return SbResponse.ok(body);
    }

    /** A JSON request body; anything that is not a JSON object is a 400. */
    static JsonNode jsonBody(SbRequest req) {
        try {
            JsonNode node = req.body().length == 0 ? null : MAPPER.readTree(req.body());
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("The request body must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw ApiException.badRequest("The request body is not valid JSON");
        }
    }

    /** Upload bytes: gunzipped when sent as {@code application/x-gzip} (or with {@code Content-Encoding: gzip}). */
    static byte[] uploaded(SbRequest req) {
        String type = String.valueOf(req.header("Content-Type")).toLowerCase(Locale.ROOT);
        String encoding = String.valueOf(req.header("Content-Encoding")).toLowerCase(Locale.ROOT);
        if (!type.contains("gzip") && !encoding.contains("gzip")) {
            return req.body();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(req.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw ApiException.badRequest("The chunk is not valid gzip data: " + e.getMessage());
        }
    }

    /** One chunk of a file or dump, streamed. */
    static SbResponse chunk(FileContent content, String chunkId, String contentType) {
        int index = chunkIndex(chunkId);
        if (content == null || index >= content.chunkCount()) {
            throw ApiException.notFound();
        }
        return SbResponse.raw(contentType, content.chunkLength(index), out -> content.writeChunk(index, out));
    }

    static SbResponse whole(FileContent content, String contentType) {
        if (content == null || content.chunkCount() == 0) {
            throw ApiException.notFound();
        }
        return SbResponse.raw(contentType, content.size(), content::writeAll);
    }

    static List<ObjectNode> chunkList(FileContent content) {
        int count = content == null ? 0 : content.chunkCount();
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
            ObjectNode n = Json.object();
            n.put("id", String.valueOf(i));
            n.put("name", "Chunk " + i);
            return n;
        }).toList();
    }

    static int chunkIndex(String chunkId) {
        try {
            int index = Integer.parseInt(chunkId);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ApiException.notFound();
    }
}
