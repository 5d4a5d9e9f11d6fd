package dev.anaplanshell.completion;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.client.model.Workspace;
import dev.anaplanshell.session.Catalog;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.stereotype.Component;

/**
 * Live names for completion, from the session's catalog. Never throws and never waits longer than
 * {@link #LIMIT}: when logged out, or the call fails, there is nothing to offer; when it is slow, nothing yet (the
 * completer then says the names are loading).
 */
@Component
public class LiveNames {

    static final Duration LIMIT = Duration.ofSeconds(2);
    /** {@link #LIMIT}; tests shorten it. */
    static volatile Duration limit = LIMIT;
    private static final ThreadLocal<Boolean> SLOW = ThreadLocal.withInitial(() -> false);
    private static final Map<String, CompletableFuture<?>> LOADING = new ConcurrentHashMap<>();

    private final Session session;
    private final Catalog catalog;
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "completion");
        t.setDaemon(true);
        return t;
    });

    public LiveNames(Session session, Catalog catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    public List<Workspace> workspaces() {
        return bounded("workspaces", catalog::workspaces);
    }

    /** The current workspace's models, or all models when none is current. */
    public List<Model> models() {
        Place.Named ws = session.place().workspace();
        return bounded(ws == null ? "models" : "models:" + ws.id(), () -> ws == null ? catalog.allModels() : catalog.models(ws.id()));
    }

    /** The current model's modules. */
    public List<Module> modules() {
        Place.Named model = session.place().model();
        return model == null ? List.of() : bounded("modules:" + model.id(), () -> catalog.modules(model.id()));
    }

    /** The current model's line items. */
    public List<LineItem> lineItems() {
        Place.Named model = session.place().model();
        return model == null ? List.of() : bounded("lineItems:" + model.id(), () -> catalog.lineItems(model.id()));
    }

    private <T> List<T> bounded(String key, Supplier<List<T>> load) {
        return session.loggedIn() ? within(key, load) : List.of();
    }

    /** Runs one completion with the slow-load flag of this thread reset first; see {@link #slowLoadSeen()}. */
    public static <T> T watchingForSlowLoads(Supplier<T> completion) {
        SLOW.set(false);
        return completion.get();
    }

    /** Whether a load in the completion last run on this thread was still going when its wait ended. */
    public static boolean slowLoadSeen() {
        return SLOW.get();
    }

    static <T> List<T> within(Supplier<List<T>> load) {
        return within(null, load);
    }

    /**
     * What {@code load} returns within {@link #limit}; nothing when it fails or is slower. A slow load is not
     * cancelled: it goes on in the background and fills the catalog, so the next Tab finds the names; while it
     * runs, another call with the same {@code key} waits for it rather than start a second one. Every completion
     * provider's calls to Anaplan go through here.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> within(String key, Supplier<List<T>> load) {
        CompletableFuture<List<T>> future = key == null ? null : (CompletableFuture<List<T>>) LOADING.get(key);
        if (future == null) {
            CompletableFuture<List<T>> created = new CompletableFuture<>();
            future = key == null ? null : (CompletableFuture<List<T>>) LOADING.putIfAbsent(key, created);
            if (future == null) {
                future = created;
                EXECUTOR.execute(() -> {
                    try {
                        created.complete(load.get());
                    } catch (Throwable e) {
                        created.completeExceptionally(e);
                    } finally {
                        if (key != null) {
                            LOADING.remove(key, created);
                        }
                    }
                });
            }
        }
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            SLOW.set(true);
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (Exception e) {
            return List.of();
        }
    }
}
