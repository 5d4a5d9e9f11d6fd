package dev.anaplanshell.sandbox.txn;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.anaplanshell.sandbox.http.SbResponse;

/**
 * Large-volume read requests of one model (anaplan-api.md §6). A request is {@code IN_PROGRESS} when started and
 * {@code COMPLETE} from its first status call on, with its data frozen at the start; pages are
 * {@value #PAGE_ROWS} rows each; deleting it cancels it (or removes a completed one).
 */
public final class ReadRequests {

    public static final int PAGE_ROWS = 100_000;

    /** Writes page {@code n} of a request. */
    @FunctionalInterface
    public interface Pages {
        SbResponse.BodyWriter page(int n);
    }

    /** One read request. {@code targetId} is the list or view id. */
    public static final class Request {
        private final String id;
        private final String targetId;
        private final int pages;
        private final Pages writer;
        private volatile String state = "IN_PROGRESS";

        Request(String id, String targetId, long rows, Pages writer) {
            this.id = id;
            this.targetId = targetId;
            this.pages = (int) Math.max(1, (rows + PAGE_ROWS - 1) / PAGE_ROWS);
            this.writer = writer;
        }

        public String id() {
            return id;
        }

        public String targetId() {
            return targetId;
        }

        public String state() {
            return state;
        }

        public int availablePages() {
            return state.equals("COMPLETE") ? pages : 0;
        }

        public SbResponse.BodyWriter page(int n) {
            return writer.page(n);
        }
    }

    private final Map<String, Request> requests = new ConcurrentHashMap<>();

    public Request start(String targetId, long rows, Pages writer) {
        String id = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        Request request = new Request(id, targetId, rows, writer);
        requests.put(id, request);
        return request;
    }

    /** The request as a status call sees it: complete from now on. */
    public Optional<Request> poll(String targetId, String requestId) {
        Optional<Request> request = find(targetId, requestId);
        request.ifPresent(r -> r.state = "COMPLETE");
        return request;
    }

    public Optional<Request> find(String targetId, String requestId) {
        Request r = requests.get(requestId);
        return r != null && r.targetId.equals(targetId) ? Optional.of(r) : Optional.empty();
    }

    /** Removes the request: a running one is cancelled, a finished one stays {@code COMPLETE}. */
    public Optional<Request> delete(String targetId, String requestId) {
        Optional<Request> request = find(targetId, requestId);
        request.ifPresent(r -> {
            requests.remove(r.id);
            if (!r.state.equals("COMPLETE")) {
                r.state = "CANCELLED";
            }
        });
        return request;
    }
}
