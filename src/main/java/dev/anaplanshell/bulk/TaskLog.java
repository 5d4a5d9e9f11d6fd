package dev.anaplanshell.bulk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.model.TaskKind;

import org.springframework.stereotype.Component;

/** The tasks this session started, so {@code tasks status|cancel|wait} find them by id alone. */
@Component
public class TaskLog {

    /** Which object a task runs, in which model. */
    public record Entry(String taskId, ModelPath model, TaskKind kind, String objectId, String objectName) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public synchronized void add(Entry e) {
        entries.put(e.taskId(), e);
    }

    public synchronized Optional<Entry> find(String taskId) {
        return Optional.ofNullable(entries.get(taskId));
    }

    /** Every task this session started, oldest first. */
    public synchronized java.util.List<Entry> all() {
        return java.util.List.copyOf(entries.values());
    }

    /** The task started last, for {@code tasks status} with no argument. */
    public synchronized Optional<Entry> last() {
        return entries.values().stream().reduce((a, b) -> b);
    }
}
