package dev.anaplanshell.completion;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * {@link #LIMIT}: when logged out, or the call fails or is slow, there is simply nothing to offer.
 */
@Component
public class LiveNames {

    static final Duration LIMIT = Duration.ofSeconds(2);

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
        return bounded(catalog::workspaces);
    }

    /** The current workspace's models, or all models when none is current. */
    public List<Model> models() {
        Place.Named ws = session.place().workspace();
        return bounded(() -> ws == null ? catalog.allModels() : catalog.models(ws.id()));
    }

    /** The current model's modules. */
    public List<Module> modules() {
        Place.Named model = session.place().model();
        return model == null ? List.of() : bounded(() -> catalog.modules(model.id()));
    }

    /** The current model's line items. */
    public List<LineItem> lineItems() {
        Place.Named model = session.place().model();
        return model == null ? List.of() : bounded(() -> catalog.lineItems(model.id()));
    }

    private <T> List<T> bounded(Supplier<List<T>> load) {
        return session.loggedIn() ? within(load) : List.of();
    }

    /**
     * What {@code load} returns within {@link #LIMIT}; nothing when it fails or is slower. Every completion
     * provider's calls to Anaplan go through here.
     */
    static <T> List<T> within(Supplier<List<T>> load) {
        Future<List<T>> future = EXECUTOR.submit(load::get);
        try {
            return future.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return List.of();
        } catch (Exception e) {
            future.cancel(true);
            return List.of();
        }
    }
}
