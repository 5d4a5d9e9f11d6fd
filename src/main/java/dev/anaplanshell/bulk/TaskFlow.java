package dev.anaplanshell.bulk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.anaplanshell.client.model.Task;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.Progress;
import dev.anaplanshell.render.Progresses;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

/** What every {@code ... run} command does: start (waiting out a busy model), follow with progress, judge. */
@Component
public class TaskFlow {

    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(10);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    private final TaskRunner runner;
    private final Outcomes outcomes;
    private final Progresses progresses;
    private final Output output;

    public TaskFlow(TaskRunner runner, Outcomes outcomes, Progresses progresses, Output output) {
        this.runner = runner;
        this.outcomes = outcomes;
        this.progresses = progresses;
        this.output = output;
    }

    /**
     * Runs the task to its end and returns it, or prints its id and returns null with {@code --no-wait}. Throws
     * with exit 6 (dumps saved) or 130 as {@link Outcomes#check} says; prints the result's messages otherwise.
     */
    public Task run(CommandContext ctx, TaskRunner.Run run, Boolean noWait, String waitTimeout,
            Outcomes.DumpTarget dumps) {
        Duration timeout = waitTimeout == null || waitTimeout.isBlank() ? DEFAULT_WAIT : duration(waitTimeout);
        Task task;
        try (Progress progress = progresses.open(ctx, run.describe())) {
            String taskId = runner.start(run, timeout, progress);
            if (Boolean.TRUE.equals(noWait)) {
                output.line(ctx, taskId);
                return null;
            }
            task = runner.await(run, taskId, progress);
        }
        return finish(ctx, run, task, dumps);
    }

    /** Follows a task that is already running ({@code tasks wait}). */
    public Task follow(CommandContext ctx, TaskRunner.Run run, String taskId, Outcomes.DumpTarget dumps) {
        Task task;
        try (Progress progress = progresses.open(ctx, run.describe())) {
            task = runner.await(run, taskId, progress);
        }
        return finish(ctx, run, task, dumps);
    }

    private Task finish(CommandContext ctx, TaskRunner.Run run, Task task, Outcomes.DumpTarget dumps) {
        Outcomes.Checked checked = outcomes.check(run, task, dumps);
        checked.warnings().forEach(output::warn);
        output.line(ctx, run.describe() + " completed (task " + task.taskId() + ")");
        checked.messages().forEach(m -> output.line(ctx, "  " + m));
        checked.saved().forEach(p -> output.line(ctx, "  failure dump (warnings) saved to " + p));
        return task;
    }

    /** Default dump targets: {@code <name>.failures.csv} in the current folder. */
    public static Outcomes.DumpTarget dumps(TaskRunner.Run run, String file, String dir) {
        Path folder = Path.of(dir == null || dir.isBlank() ? "." : dir);
        Path dumpFile = file == null || file.isBlank() ? Path.of(Outcomes.safe(run.objectName()) + ".failures.csv")
                : Path.of(file);
        return new Outcomes.DumpTarget(dumpFile, folder);
    }

    /** {@code 10m}, {@code 90s}, {@code 500ms}, {@code 1h}, a bare number of seconds. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw ShellException.usage("invalid duration '" + text + "': use e.g. 10m, 90s or 500ms");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
