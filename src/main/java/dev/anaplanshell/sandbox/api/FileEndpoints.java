package dev.anaplanshell.sandbox.api;

import dev.anaplanshell.sandbox.bulk.BulkFile;
import dev.anaplanshell.sandbox.bulk.BulkJson;
import dev.anaplanshell.sandbox.bulk.FileContent;
import dev.anaplanshell.sandbox.bulk.ModelBulk;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;

import tools.jackson.databind.JsonNode;

/**
 * Model files (anaplan-api.md §7.1, §7.3, §7.4): listing, chunk count, chunk upload (plain or gzip), complete,
 * whole-file upload and download, chunk listing and chunk download, delete. Both path forms.
 */
final class FileEndpoints {

    private static final String OCTETS = "application/octet-stream";

    private final BulkSupport bulk;

    FileEndpoints(BulkSupport bulk) {
        this.bulk = bulk;
    }

    void register(Router router) {
        bulk.both(router, "GET", "/files", this::list);
        bulk.both(router, "GET", "/files/{fileId}", this::download);
        bulk.both(router, "POST", "/files/{fileId}", this::setChunkCount);
        bulk.both(router, "PUT", "/files/{fileId}", this::uploadWhole);
        bulk.both(router, "DELETE", "/files/{fileId}", this::delete);
        bulk.both(router, "GET", "/files/{fileId}/chunks", this::chunks);
        bulk.both(router, "GET", "/files/{fileId}/chunks/{chunkId}", this::chunk);
        bulk.both(router, "PUT", "/files/{fileId}/chunks/{chunkId}", this::uploadChunk);
        bulk.both(router, "POST", "/files/{fileId}/complete", this::complete);
    }

    private SbResponse list(SbRequest req, SbUser user) {
        return BulkSupport.page(req, "file", "files", BulkJson.files(bulk.model(req)), false);
    }

    private SbResponse download(SbRequest req, SbUser user) {
        return BulkSupport.whole(content(req), OCTETS);
    }

    /**
     * {@code {"chunkCount": N}}: N chunks will follow, or -1 for "unknown, then /complete". A name or id the model
     * does not have makes a new private file.
     */
    private SbResponse setChunkCount(SbRequest req, SbUser user) {
        ModelBulk model = bulk.model(req);
        JsonNode count = BulkSupport.jsonBody(req).path("chunkCount");
        if (!count.isIntegralNumber() || count.asInt() < -1) {
            throw ApiException.badRequest("chunkCount must be a whole number of chunks, or -1 when unknown");
        }
        BulkFile file = model.fileForUpload(req.param("fileId"));
        if (!file.source()) {
            throw ApiException.badRequest("File '" + file.name() + "' is the output of an export and cannot be uploaded");
        }
        model.declare(file, count.asInt());
        return BulkSupport.single(req, "file", "file", BulkJson.file(model, file));
    }

    private SbResponse uploadWhole(SbRequest req, SbUser user) {
        ModelBulk model = bulk.model(req);
        model.putWhole(source(model, req), BulkSupport.uploaded(req));
        return SbResponse.noContent();
    }

    private SbResponse delete(SbRequest req, SbUser user) {
        ModelBulk model = bulk.model(req);
        model.reset(file(model, req));
        return SbResponse.noContent();
    }

    private SbResponse chunks(SbRequest req, SbUser user) {
        return BulkSupport.page(req, "chunk", "chunks", BulkSupport.chunkList(content(req)), true);
    }

    private SbResponse chunk(SbRequest req, SbUser user) {
        return BulkSupport.chunk(content(req), req.param("chunkId"), OCTETS);
    }

    private SbResponse uploadChunk(SbRequest req, SbUser user) {
        ModelBulk model = bulk.model(req);
        BulkFile file = source(model, req);
        int index = BulkSupport.chunkIndex(req.param("chunkId"));
        model.putChunk(file, index, BulkSupport.uploaded(req));
        return SbResponse.noContent();
    }

    private SbResponse complete(SbRequest req, SbUser user) {
        ModelBulk model = bulk.model(req);
        BulkFile file = source(model, req);
        model.complete(file);
        return BulkSupport.single(req, "file", "file", BulkJson.file(model, file));
    }

    private FileContent content(SbRequest req) {
        ModelBulk model = bulk.model(req);
        return model.contentOf(file(model, req));
    }

    private static BulkFile file(ModelBulk model, SbRequest req) {
        return model.file(req.param("fileId")).orElseThrow(ApiException::notFound);
    }

    /** Only import data sources take uploads; an export's file is written by its export. */
    private static BulkFile source(ModelBulk model, SbRequest req) {
        BulkFile file = file(model, req);
        if (!file.source()) {
            throw ApiException.badRequest("File '" + file.name() + "' is the output of an export and cannot be uploaded");
        }
        return file;
    }
}
