package dev.anaplanshell.bulk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.Chunk;
import dev.anaplanshell.client.model.Task;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.client.model.TaskResult;
import dev.anaplanshell.client.model.TaskState;
import dev.anaplanshell.render.Progress;
import dev.anaplanshell.shell.ExitCodes;
import dev.anaplanshell.shell.ShellException;

import org.springframework.stereotype.Component;

/**
 * Reads a finished task honestly: CANCELLED exits 130; {@code successful: false} or rejected rows
 * ({@code failureDumpAvailable}) exit 6 once the failure dumps are saved; otherwise the result's messages.
 */
@Component
public class Outcomes {

    /** Where failure dumps go: one file for an import, a folder for a process's steps. */
    public record DumpTarget(Path file, Path dir) {
        Path forStep(TaskResult step) {
            String name = step.objectName() != null ? step.objectName() : step.objectId();
            return dir.resolve(safe(name) + ".failures.csv");
        }
    }

    private final AnaplanClient client;
    private final Transfers transfers;

    public Outcomes(AnaplanClient client, Transfers transfers) {
        this.client = client;
        this.transfers = transfers;
    }

    /**
     * The result's messages, one per line, when the task succeeded with no rejected rows; else throws with exit
     * code 6 (dumps saved first) or 130.
     */
    public List<String> check(TaskRunner.Run run, Task task, DumpTarget dumps) {
        if (task.state() == TaskState.CANCELLED) {
            throw TaskRunner.interrupted(run.describe() + ": task " + task.taskId() + " was cancelled");
        }
        TaskResult result = task.result();
        if (result == null) {
            throw ShellException.failure(run.describe() + ": task " + task.taskId() + " finished without a result");
        }
        List<String> messages = messages(result);
        List<Path> saved = saveDumps(run, task, dumps);
        boolean rejected = result.hasFailureDump() || result.nested().stream().anyMatch(TaskResult::hasFailureDump);
        if (!result.isSuccessful() || rejected) {
            String what = !result.isSuccessful() ? "failed" : "completed with rejected rows";
            String where = saved.isEmpty() ? "" : "; failure dump saved to "
                    + saved.stream().map(Path::toString).collect(Collectors.joining(", "));
            String why = messages.isEmpty() ? "" : ": " + String.join("; ", messages);
            throw new ShellException(ExitCodes.REJECTED, run.describe() + " " + what + why + where);
        }
        return messages;
    }

    private List<Path> saveDumps(TaskRunner.Run run, Task task, DumpTarget dumps) {
        List<Path> saved = new ArrayList<>();
        TaskResult result = task.result();
        try {
            if (run.kind() == TaskKind.IMPORT && result.hasFailureDump()) {
                saved.add(save(run, task.taskId(), null, dumps.file()));
            }
            if (run.kind() == TaskKind.PROCESS) {
                for (TaskResult step : result.nested()) {
                    if (step.hasFailureDump()) {
                        saved.add(save(run, task.taskId(), step.objectId(), dumps.forStep(step)));
                    }
                }
            }
        } catch (InterruptedException e) {
            throw TaskRunner.interrupted(run.describe() + ": interrupted while saving the failure dump");
        }
        return saved;
    }

    private Path save(TaskRunner.Run run, String taskId, String stepId, Path target) throws InterruptedException {
        List<Chunk> chunks = client.tasks().dumpChunks(run.model(), run.kind(), run.objectId(), taskId, stepId).toList();
        transfers.downloadChunks(chunks, target, Progress.none(), chunk -> sink -> client.tasks()
                .downloadDumpChunk(run.model(), run.kind(), run.objectId(), taskId, stepId, chunk.id(), sink));
        return target;
    }

    private static List<String> messages(TaskResult result) {
        List<String> lines = new ArrayList<>();
        result.detailList().forEach(d -> lines.add(d.localMessageText()));
        for (TaskResult step : result.nested()) {
            step.detailList().forEach(d -> lines.add(d.localMessageText()));
        }
        lines.removeIf(l -> l == null || l.isBlank());
        return lines.stream().map(String::strip).toList();
    }

    /** A file name from an Anaplan name: letters, digits, dot, dash, underscore and space. */
    public static String safe(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        return s.isEmpty() ? "dump" : s.toLowerCase(Locale.ROOT).endsWith(".csv") ? s.substring(0, s.length() - 4) : s;
    }
}
