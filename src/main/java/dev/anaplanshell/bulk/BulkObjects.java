package dev.anaplanshell.bulk;

import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.session.ModelNames;

import org.springframework.stereotype.Component;

/** The current model's imports, exports, processes and actions as tasks to run, found by {@link ModelNames}. */
@Component
public class BulkObjects {

    private final ModelNames names;

    public BulkObjects(ModelNames names) {
        this.names = names;
    }

    /** The current model, in the workspace form the Bulk API uses. */
    public ModelPath model() {
        return names.path();
    }

    /** Any kind's object as something to run. */
    public TaskRunner.Run run(TaskKind kind, String nameOrId) {
        NamedRef object = names.task(kind, nameOrId);
        return new TaskRunner.Run(model(), kind, object.id(), object.name());
    }
}
