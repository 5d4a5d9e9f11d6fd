package dev.anaplanshell.client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

/** Collections on top of the {@link Transport}'s JSON calls: paged ones followed lazily, and unpaged arrays. */
final class Pages implements AutoCloseable {

    private final Transport transport;
    /** Fetches the next page while the caller works through the current one; daemon threads, made on demand. */
    private final ExecutorService prefetch = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "anaplan-page-ahead");
        t.setDaemon(true);
        return t;
    });

    Pages(Transport transport) {
        this.transport = transport;
    }

    /**
     * Follows {@code meta.paging} of a collection lazily, {@code pageSize} rows a request. While the caller works
     * through one page, the next one is already being fetched. A row whose id an earlier page brought already is
     * left out (first occurrence wins, order kept); an empty page ends the listing, and so do a page of nothing but
     * such repeats and the page past {@code totalSize / page size + 1}.
     *
     * @param key the collection's field, e.g. {@code models}; a missing key is an empty page
     */
    <T> Stream<T> pages(String path, Map<String, Object> query, String key, Class<T> type, int pageSize) {
        PageAhead ahead = new PageAhead(path, query, key, pageSize);
        String call = "GET " + transport.pathOf(path);
        Iterator<T> rows = new Iterator<>() {
            private Iterator<JsonNode> page = List.<JsonNode>of().iterator();

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && ahead.more()) {
                    page = ahead.next();
                }
                return page.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return transport.entry(page.next(), type, call, key);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(ahead::cancel);
    }

    /** Pages of a collection in order, each next one requested as soon as the previous one has arrived. */
    private final class PageAhead {
        private final String path;
        private final Map<String, Object> query;
        private final String key;
        private final int pageSize;
        private CompletableFuture<JsonNode> pending;
        private int offset;
        private boolean last;
        private long fetched;
        /** The ids of the rows handed out so far: a row a later page repeats is left out. */
        private final Set<String> seen = new HashSet<>();
        /** At most totalSize / page size + 1 pages, whatever later pages claim (a hostile totalSize ends here). */
        private long maxPages = Long.MAX_VALUE;

        PageAhead(String path, Map<String, Object> query, String key, int pageSize) {
            this.path = path;
            this.query = query;
            this.key = key;
            this.pageSize = pageSize;
        }

        boolean more() {
            return !last;
        }

        Iterator<JsonNode> next() {
            JsonNode body = pending != null ? await(pending) : transport.get(path, pageQuery());
            pending = null;
            JsonNode items = body.path(key);
            int count = items.isArray() ? items.size() : 0;
            offset += count;
            long total = body.path("meta").path("paging").path("totalSize").asLong(-1);
            if (++fetched == 1 && total >= 0) {
                // the page size the server applies may be below the one asked for (captured live pages of 4)
                maxPages = total / Math.max(1, Math.min(pageSize, count)) + 1;
            }
            List<JsonNode> fresh = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String id = rowId(items.get(i));
                if (id == null || seen.add(id)) {
                    fresh.add(items.get(i));
                }
            }
            // a page of nothing but rows seen already is a server going round in circles
            last = count == 0 || fresh.isEmpty() || fetched >= maxPages
                    || (total >= 0 ? offset >= total : count < pageSize);
            if (!last) {
                Map<String, Object> q = pageQuery();
                pending = CompletableFuture.supplyAsync(() -> transport.get(path, q), prefetch);
            }
            return fresh.iterator();
        }

        void cancel() {
            last = true;
            if (pending != null) {
                pending.cancel(false);
            }
        }

        private Map<String, Object> pageQuery() {
            Map<String, Object> q = new LinkedHashMap<>(query);
            q.put("offset", offset);
            q.put("limit", pageSize);
            return q;
        }

        private JsonNode await(CompletableFuture<JsonNode> page) {
            try {
                return page.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    /**
     * What identifies a row of a paged collection: its {@code id} ({@code taskId} for tasks); null when it has
     * neither. Live paging is by offset over a set that may change between pages, so a later page may repeat a row.
     */
    private static String rowId(JsonNode row) {
        JsonNode id = row.path("id");
        if (id.isMissingNode() || id.isNull()) {
            id = row.path("taskId");
        }
        return id.isValueNode() && !id.isNull() ? id.asString() : null;
    }

    /** Every element of an array field of an unpaged response. */
    <T> Stream<T> all(String path, Map<String, Object> query, String key, Class<T> type) {
        JsonNode items = transport.get(path, query).path(key);
        if (!items.isArray()) {
            return Stream.empty();
        }
        String call = "GET " + transport.pathOf(path);
        Function<JsonNode, T> mapper = n -> transport.entry(n, type, call, key);
        return StreamSupport.stream(items.spliterator(), false).map(mapper);
    }

    @Override
    public void close() {
        prefetch.shutdownNow();
    }
}
