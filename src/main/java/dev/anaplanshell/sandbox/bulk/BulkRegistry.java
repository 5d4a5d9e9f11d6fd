package dev.anaplanshell.sandbox.bulk;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.anaplanshell.sandbox.data.SbModel;

/** The bulk side of every model of the tenant, made on first use from {@link BulkDemo}. */
public final class BulkRegistry {

    private final Map<String, ModelBulk> models = new ConcurrentHashMap<>();
    private final Duration taskDuration;
    private final int exportMb;

    public BulkRegistry(Duration taskDuration, int exportMb) {
        this.taskDuration = taskDuration;
        this.exportMb = exportMb;
    }

    public ModelBulk of(SbModel model) {
        return models.computeIfAbsent(model.id(), id -> BulkDemo.create(taskDuration, exportMb));
    }
}
