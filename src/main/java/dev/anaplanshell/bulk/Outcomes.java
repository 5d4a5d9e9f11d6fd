package dev.anaplanshell.bulk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.Chunk;
import dev.anaplanshell.client.model.Task;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.client.model.TaskResult;
import dev.anaplanshell.client.model.TaskState;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.Progress;

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

    /** What a finished task said: its messages, the dumps saved, and warnings (a dump announced but absent). */
    public record Checked(List<String> messages, List<Path> saved, List<String> warnings) {
    }

    /**
     * The result's messages, one per line, when the task succeeded with no rejected rows; else throws with exit
     * code 6 (dumps saved first) or 130. Rejection is read from {@code successful} and the failure counts of the
     * result's details ({@code failedCount}, {@code invalidCount}, a {@code ...WithFailures} type); only a result
     * without counts is judged by {@code failureDumpAvailable}, which live imports set even when every row
     * succeeded. A dump that is announced but absent (404) is a warning.
     */
    public Checked check(TaskRunner.Run run, Task task, DumpTarget dumps) {
        if (task.state() == TaskState.CANCELLED) {
            throw TaskRunner.interrupted(run.describe() + ": task " + task.taskId() + " was cancelled");
        }
        TaskResult result = task.result();
        if (result == null) {
            throw ShellException.failure(run.describe() + ": task " + task.taskId() + " finished without a result");
        }
        List<String> messages = messages(result);
        List<String> warnings = new ArrayList<>();
        List<Path> saved = saveDumps(run, task, dumps, warnings);
        boolean rejected = rejected(result) || result.nested().stream().anyMatch(Outcomes::rejected);
        if (!result.isSuccessful() || rejected) {
            String what = !result.isSuccessful() ? "failed" : "completed with rejected rows";
            String where = saved.isEmpty() ? "" : "; failure dump saved to "
                    + saved.stream().map(Path::toString).collect(Collectors.joining(", "));
            String why = messages.isEmpty() ? "" : ": " + String.join("; ", messages);
            String absent = warnings.isEmpty() ? "" : "; " + String.join("; ", warnings);
            throw new ShellException(ExitCodes.REJECTED, run.describe() + " " + what + why + where + absent);
        }
        return new Checked(messages, saved, warnings);
    }

    /**
     * Whether one result (an import's, or a process step's) rejected rows: its failure counts when its details
     * carry any, else {@code failureDumpAvailable}.
     */
    static boolean rejected(TaskResult result) {
        boolean counted = false;
        for (TaskResult.Detail d : result.detailList()) {
            if (d.type() != null && d.type().endsWith("WithFailures")) {
                return true;
            }
            List<String> values = d.values() == null ? List.of() : d.values();
            for (int i = 0; i + 1 < values.size(); i += 2) {
                if (FAILURE_COUNTS.contains(values.get(i))) {
                    counted = true;
                    if (!"0".equals(values.get(i + 1) == null ? "0" : values.get(i + 1).strip())) {
                        return true;
                    }
                }
            }
        }
        return !counted && result.hasFailureDump();
    }

    private static final java.util.Set<String> FAILURE_COUNTS = java.util.Set.of("failedCount", "invalidCount");

    private List<Path> saveDumps(TaskRunner.Run run, Task task, DumpTarget dumps, List<String> warnings) {
        List<Path> saved = new ArrayList<>();
        TaskResult result = task.result();
        try {
            if (run.kind() == TaskKind.IMPORT && result.hasFailureDump()) {
                saveIfThere(run, task.taskId(), null, dumps.file(), saved, warnings);
            }
            if (run.kind() == TaskKind.PROCESS) {
                for (TaskResult step : result.nested()) {
                    if (step.hasFailureDump() && step.objectId() == null) {
                        warnings.add(run.describe() + " announced a failure dump for a step it does not name");
                    } else if (step.hasFailureDump()) {
                        saveIfThere(run, task.taskId(), step.objectId(), dumps.forStep(step), saved, warnings);
                    }
                }
            }
        } catch (InterruptedException e) {
            throw TaskRunner.interrupted(run.describe() + ": interrupted while saving the failure dump");
        }
        return saved;
    }

    private void saveIfThere(TaskRunner.Run run, String taskId, String stepId, Path target, List<Path> saved,
            List<String> warnings) throws InterruptedException {
        List<Chunk> chunks;
        try {
            chunks = client.tasks().dumpChunks(run.model(), run.kind(), run.objectId(), taskId, stepId).toList();
        } catch (AnaplanApiException.NotFound e) {
            chunks = List.of();
        }
        if (chunks.isEmpty()) {
            warnings.add(run.describe() + (stepId == null ? "" : " step " + stepId)
                    + " announced a failure dump, but the server has none");
            return;
        }
        transfers.downloadChunks(chunks, target, Progress.none(), chunk -> sink -> client.tasks()
                .downloadDumpChunk(run.model(), run.kind(), run.objectId(), taskId, stepId, chunk.id(), sink));
        saved.add(target);
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
