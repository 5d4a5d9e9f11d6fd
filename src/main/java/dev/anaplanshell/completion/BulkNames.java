package dev.anaplanshell.completion;

import java.util.List;
import java.util.function.Function;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.stereotype.Component;

/**
 * Live names of the current model's files, imports, exports, processes and actions for completion: nothing when
 * logged out or no model is current, and never more than {@link LiveNames#LIMIT} of waiting.
 */
@Component
public class BulkNames {

    private final AnaplanClient client;
    private final Session session;

    public BulkNames(AnaplanClient client, Session session) {
        this.client = client;
        this.session = session;
    }

    public List<CompletionProposal> files() {
        return bounded(m -> client.files().list(m).toList(), f -> f.id(), f -> f.name());
    }

    public List<CompletionProposal> of(TaskKind kind) {
        return switch (kind) {
            case IMPORT -> bounded(m -> client.imports().list(m).toList(), i -> i.id(), i -> i.name());
            case EXPORT -> bounded(m -> client.exports().list(m).toList(), e -> e.id(), e -> e.name());
            case PROCESS -> bounded(m -> client.processes().list(m).toList(), p -> p.id(), p -> p.name());
            case ACTION -> bounded(m -> client.actions().list(m).toList(), a -> a.id(), a -> a.name());
        };
    }

    private <T> List<CompletionProposal> bounded(Function<ModelPath, List<T>> load, Function<T, String> id,
            Function<T, String> name) {
        Place place = session.place();
        if (!session.loggedIn() || place.model() == null || place.workspace() == null) {
            return List.of();
        }
        ModelPath model = new ModelPath(place.workspace().id(), place.model().id());
        List<T> objects = LiveNames.within(() -> load.apply(model));
        return Completions.named(objects, id, name);
    }
}
