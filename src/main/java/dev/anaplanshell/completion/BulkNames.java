package dev.anaplanshell.completion;

import java.util.List;
import java.util.function.Function;

import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.session.Catalog;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.stereotype.Component;

/**
 * Names of the current model's files, imports, exports, processes and actions for completion, from the session's
 * {@link Catalog}: nothing when logged out or no model is current, and never more than {@link LiveNames#LIMIT} of
 * waiting.
 */
@Component
public class BulkNames {

    private final Catalog catalog;
    private final Session session;

    public BulkNames(Catalog catalog, Session session) {
        this.catalog = catalog;
        this.session = session;
    }

    public List<CompletionProposal> files() {
        return bounded("files", m -> catalog.files(m), f -> f.id(), f -> f.name());
    }

    public List<CompletionProposal> of(TaskKind kind) {
        return bounded(kind.name(), m -> catalog.tasks(m, kind), NamedRef::id, NamedRef::name);
    }

    private <T> List<CompletionProposal> bounded(String what, Function<ModelPath, List<T>> load,
            Function<T, String> id, Function<T, String> name) {
        Place place = session.place();
        if (!session.loggedIn() || place.model() == null || place.workspace() == null) {
            return List.of();
        }
        ModelPath model = new ModelPath(place.workspace().id(), place.model().id());
        List<T> objects = LiveNames.within(what + ":" + model.modelId(), () -> load.apply(model));
        return Completions.named(objects, id, name);
    }
}
