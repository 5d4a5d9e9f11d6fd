package dev.anaplanshell.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.anaplanshell.client.model.ListItem;
import dev.anaplanshell.client.model.ListMetadata;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.client.model.ReadRequest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Large-volume reads (anaplan-api.md §6): start a read request, poll it until it is complete, then read its CSV pages
 * one after the other as one stream (the header once), and delete the request when the stream is closed.
 */
public final class LargeReads {

    /** How long to wait for a request to complete before giving up. */
    static final Duration MAX_WAIT = Duration.ofMinutes(30);

    /** Waits between status calls; tests and the real service both work with the default. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Transport transport;
    private final Pause pause;

    LargeReads(Transport transport) {
        this(transport, d -> Thread.sleep(d.toMillis()));
    }

    LargeReads(Transport transport, Pause pause) {
        this.transport = transport;
        this.pause = pause;
    }

    /**
     * A view's data in the tabular multi-column layout ({@code POST .../views/{v}/readRequests}): all its pages,
     * as one CSV stream. Close it: that deletes the request.
     */
    public InputStream view(String workspaceId, String modelId, String viewId) {
        String base = "/workspaces/" + workspaceId + "/models/" + modelId + "/views/" + viewId + "/readRequests";
        return read(base, "viewReadRequest", Map.of("exportType", "TABULAR_MULTI_COLUMN"));
    }

    /** A list's items through {@code POST .../lists/{l}/readRequests}, as one CSV stream. Close it. */
    public InputStream list(String workspaceId, String modelId, String listId) {
        String base = "/workspaces/" + workspaceId + "/models/" + modelId + "/lists/" + listId + "/readRequests";
        return read(base, "listReadRequest", null);
    }

    /**
     * A list's items read in pages: the pages name items, parents and codes but not ids, so {@code id} and
     * {@code parentId} are null. Columns named like the list's subsets are subsets, the others properties.
     */
    Stream<ListItem> listItems(String workspaceId, String modelId, ListMetadata metadata) {
        InputStream csv = list(workspaceId, modelId, metadata.id());
        Set<String> subsets = metadata.subsets().stream().map(NamedRef::name).collect(Collectors.toSet());
        NamedRef parent = metadata.parent();
        CSVParser parser;
        try {
            Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
            parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                    .get().parse(reader);
        } catch (IOException e) {
            closeQuietly(csv);
            throw new UncheckedIOException(e);
        }
        List<String> header = parser.getHeaderNames();
        Iterator<CSVRecord> records = parser.iterator();
        Iterator<ListItem> items = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public ListItem next() {
                CSVRecord r = records.next();
                Map<String, Boolean> subsetValues = new LinkedHashMap<>();
                Map<String, String> properties = new LinkedHashMap<>();
                for (int i = 3; i < header.size() && i < r.size(); i++) {
                    if (subsets.contains(header.get(i))) {
                        subsetValues.put(header.get(i), Boolean.parseBoolean(r.get(i)));
                    } else {
                        properties.put(header.get(i), r.get(i));
                    }
                }
                String parentName = blank(r.size() > 1 ? r.get(1) : null);
                String code = blank(r.size() > 2 ? r.get(2) : null);
                return new ListItem(null, r.get(0), code, parentName, null,
                        parentName == null || parent == null ? null : parent.id(),
                        parentName == null || parent == null ? null : parent.name(), subsetValues, properties);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false)
                .onClose(() -> closeQuietly(csv));
    }

    private InputStream read(String base, String key, Object body) {
        ReadRequest request = transport.convert(transport.send("POST", base, Map.of(), body).path(key),
                ReadRequest.class);
        String path = base + "/" + request.requestId();
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        Duration wait = Duration.ofMillis(500);
        while (true) {
            request = transport.convert(transport.get(path, Map.of()).path(key), ReadRequest.class);
            if (request.complete() || "CANCELLED".equals(request.requestState())) {
                break;
            }
            if (System.nanoTime() > deadline) {
                delete(path);
                throw new AnaplanApiException(0, "the read request did not complete in " + MAX_WAIT.toMinutes()
                        + " minutes", path);
            }
            try {
                pause.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                delete(path);
                throw new AnaplanApiException(0, "interrupted while waiting for the read request", path);
            }
            wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : wait.multipliedBy(2);
        }
        if (!request.complete() || Boolean.FALSE.equals(request.successful())) {
            delete(path);
            throw new AnaplanApiException(0, "the read request ended " + request.requestState()
                    + (Boolean.FALSE.equals(request.successful()) ? " unsuccessfully" : ""), path);
        }
        return new PagedCsv(transport, path, request.pages(), () -> delete(path));
    }

    private void delete(String path) {
        try {
            transport.send("DELETE", path, Map.of(), null);
        } catch (AnaplanApiException e) {
            // best effort: Anaplan reclaims idle requests after 30 minutes anyway
        }
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
