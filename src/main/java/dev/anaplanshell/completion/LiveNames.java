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
import java.util.function.Function;
import java.util.function.Supplier;

import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.model.DimensionItem;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.ModelFile;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.client.model.View;
import dev.anaplanshell.client.model.Workspace;
import dev.anaplanshell.session.Catalog;
import dev.anaplanshell.session.ModelNames;
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
    private final ModelNames names;
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "completion");
        t.setDaemon(true);
        return t;
    });

    public LiveNames(Session session, Catalog catalog, ModelNames names) {
        this.session = session;
        this.catalog = catalog;
        this.names = names;
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
        return inModel("modules", catalog::modules);
    }

    /** The current model's line items. */
    public List<LineItem> lineItems() {
        return inModel("lineItems", catalog::lineItems);
    }

    public List<ListInfo> lists() {
        return inModel("lists", catalog::lists);
    }

    public List<View> views() {
        return inModel("views", catalog::views);
    }

    /** The dimensions that can be named at model level ({@link ModelNames#dimensions()}). */
    public List<DimensionItem> dimensions() {
        return inModel("dimensions", id -> names.dimensions());
    }

    /** The current model's files (Bulk API). */
    public List<ModelFile> files() {
        return inBulkModel("files", catalog::files);
    }

    /** The current model's imports, exports, processes or actions. */
    public List<NamedRef> tasks(TaskKind kind) {
        return inBulkModel(kind.name(), model -> catalog.tasks(model, kind));
    }

    /** Loaded per model: a second Tab while the first load runs waits for it. */
    private <T> List<T> inModel(String what, Function<String, List<T>> load) {
        Place.Named model = session.place().model();
        return model == null ? List.of() : bounded(what + ":" + model.id(), () -> load.apply(model.id()));
    }

    /** As {@link #inModel}, for the Bulk API, which names the model with its workspace. */
    private <T> List<T> inBulkModel(String what, Function<ModelPath, List<T>> load) {
        Place place = session.place();
        if (place.model() == null || place.workspace() == null) {
            return List.of();
        }
        ModelPath model = new ModelPath(place.workspace().id(), place.model().id());
        return bounded(what + ":" + model.modelId(), () -> load.apply(model));
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

    /**
     * What {@code load} returns within {@link #limit}; nothing when it fails or is slower. A slow load is not
     * cancelled: it goes on in the background and fills the catalog, so the next Tab finds the names; while it
     * runs, another call with the same {@code key} waits for it rather than start a second one. Every completion
     * provider's calls to Anaplan go through here.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> within(String key, Supplier<List<T>> load) {
        CompletableFuture<List<T>> future = (CompletableFuture<List<T>>) LOADING.get(key);
        if (future == null) {
            CompletableFuture<List<T>> created = new CompletableFuture<>();
            future = (CompletableFuture<List<T>>) LOADING.putIfAbsent(key, created);
            if (future == null) {
                future = created;
                EXECUTOR.execute(() -> {
                    try {
                        created.complete(load.get());
                    } catch (Throwable e) {
                        created.completeExceptionally(e);
                    } finally {
                        LOADING.remove(key, created);
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
