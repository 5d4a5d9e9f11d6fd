package dev.anaplanshell.bulk;

import java.util.List;
import java.util.function.Function;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.model.Action;
import dev.anaplanshell.client.model.Export;
import dev.anaplanshell.client.model.Import;
import dev.anaplanshell.client.model.ModelFile;
import dev.anaplanshell.client.model.Process;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.session.NameResolver;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.stereotype.Component;

/** The current model's bulk objects, resolved by name or ID (case-insensitive names, did-you-mean on a miss). */
@Component
public class BulkObjects {

    private final AnaplanClient client;
    private final Session session;

    public BulkObjects(AnaplanClient client, Session session) {
        this.client = client;
        this.session = session;
    }

    /** The current model, in the workspace form the Bulk API uses. */
    public ModelPath model() {
        session.requireConnection();
        Place.Named model = session.requireModel();
        return new ModelPath(session.requireWorkspace().id(), model.id());
    }

    public ModelFile file(String nameOrId) {
        return resolve("File", nameOrId, client.files().list(model()).toList(), ModelFile::id, ModelFile::name);
    }

    /** A file that takes uploads: an import data source ({@code 113…}), not an export's output of the same name. */
    public ModelFile uploadTarget(String nameOrId) {
        return resolve("Import data file", nameOrId, client.files().list(model())
                .filter(f -> f.id() != null && f.id().startsWith("113")).toList(), ModelFile::id, ModelFile::name);
    }

    public Import importDef(String nameOrId) {
        return resolve("Import", nameOrId, client.imports().list(model()).toList(), Import::id, Import::name);
    }

    public Export export(String nameOrId) {
        return resolve("Export", nameOrId, client.exports().list(model()).toList(), Export::id, Export::name);
    }

    public Process process(String nameOrId) {
        return resolve("Process", nameOrId, client.processes().list(model()).toList(), Process::id, Process::name);
    }

    public Action action(String nameOrId) {
        return resolve("Action", nameOrId, client.actions().list(model()).toList(), Action::id, Action::name);
    }

    /** Any kind's object as something to run. */
    public TaskRunner.Run run(TaskKind kind, String nameOrId) {
        return switch (kind) {
            case IMPORT -> {
                Import i = importDef(nameOrId);
                yield new TaskRunner.Run(model(), kind, i.id(), i.name());
            }
            case EXPORT -> {
                Export e = export(nameOrId);
                yield new TaskRunner.Run(model(), kind, e.id(), e.name());
            }
            case PROCESS -> {
                Process p = process(nameOrId);
                yield new TaskRunner.Run(model(), kind, p.id(), p.name());
            }
            case ACTION -> {
                Action a = action(nameOrId);
                yield new TaskRunner.Run(model(), kind, a.id(), a.name());
            }
        };
    }

    private <T> T resolve(String kind, String input, List<T> candidates, Function<T, String> id,
            Function<T, String> name) {
        return NameResolver.resolve(kind, input, candidates, id, name, "in model '" + session.requireModel().name() + "'");
    }
}
