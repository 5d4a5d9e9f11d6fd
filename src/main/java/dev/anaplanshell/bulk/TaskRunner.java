package dev.anaplanshell.bulk;

import java.time.Clock;
import java.time.Duration;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.ModelPath;
import dev.anaplanshell.client.Sleeper;
import dev.anaplanshell.client.model.Task;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.core.CtrlC;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.Progress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts a task and follows it to the end. A busy model (409/423) is retried with backoff up to the wait timeout;
 * status is polled at once, then less and less often up to Anaplan's advised 5 s; Ctrl-C cancels the task on the
 * server (DELETE) and ends the command with exit code 130. It waits with the context's {@link Sleeper} and measures
 * the wait timeout on its {@link Clock} (the real ones unless a test gives the context its own), so tests move time
 * instead of waiting for it.
 */
@Component
public class TaskRunner {

    /** One import, export, process or action of a model. */
    public record Run(ModelPath model, TaskKind kind, String objectId, String objectName) {
        public String describe() {
            return kind.label() + " '" + objectName + "'";
        }
    }

    static final long MAX_POLL_MS = 5_000;
    private static final long MAX_BUSY_WAIT_MS = 30_000;

    private final AnaplanClient client;
    private final TaskLog log;
    private final Clock clock;
    private final Sleeper sleeper;

    public TaskRunner(AnaplanClient client, TaskLog log, ObjectProvider<Clock> clock, ObjectProvider<Sleeper> sleeper) {
        this.client = client;
        this.log = log;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.sleeper = sleeper.getIfAvailable(() -> Sleeper.REAL);
    }

    /** Starts the task, waiting while the model is busy; returns its id. Ctrl-C while waiting exits 130. */
    public String start(Run run, Duration waitTimeout, Progress progress) {
        long deadline = clock.millis() + waitTimeout.toMillis();
        long delay = 1_000;
        try (CtrlC trap = CtrlC.trap()) {
            while (true) {
                try {
                    String taskId = client.tasks().start(run.model(), run.kind(), run.objectId());
                    log.add(new TaskLog.Entry(taskId, run.model(), run.kind(), run.objectId(), run.objectName()));
                    return taskId;
                } catch (AnaplanApiException.ModelBusy busy) {
                    long left = deadline - clock.millis();
                    if (left <= 0) {
                        throw ShellException.failure("the model is still busy after waiting " + seconds(waitTimeout)
                                + " (HTTP " + busy.status() + ": " + busy.getMessage() + ")");
                    }
                    long wait = Math.min(delay, left);
                    progress.update(0, "model busy, trying again in " + Math.max(1, wait / 1000) + " s");
                    sleeper.sleep(Duration.ofMillis(wait));
                    delay = Math.min(delay * 2, MAX_BUSY_WAIT_MS);
                } catch (RuntimeException e) {
                    if (trap.pressed()) {
                        throw interrupted(run.describe() + " not started: interrupted");
                    }
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            throw interrupted(run.describe() + " not started: interrupted while the model was busy");
        }
    }

    /** Polls the task until it has finished; Ctrl-C cancels it on the server and exits 130. */
    public Task await(Run run, String taskId, Progress progress) {
        CtrlC trap = CtrlC.trap();
        try {
            long delay = 0;
            while (true) {
                if (delay > 0) {
                    sleeper.sleep(Duration.ofMillis(delay));
                }
                Task task = client.tasks().status(run.model(), run.kind(), run.objectId(), taskId);
                progress.update(task.progress() == null ? 0 : task.progress(), task.currentStep());
                if (task.state().finished()) {
                    return task;
                }
                delay = delay == 0 ? 500 : Math.min(delay * 2, MAX_POLL_MS);
            }
        } catch (InterruptedException e) {
            trap.close();
            throw cancel(run, taskId);
        } catch (RuntimeException e) {
            trap.close();
            if (trap.pressed()) {
                throw cancel(run, taskId);
            }
            throw e;
        } finally {
            trap.close();
        }
    }

    private ShellException cancel(Run run, String taskId) {
        Task cancelled = client.tasks().cancel(run.model(), run.kind(), run.objectId(), taskId);
        return interrupted(run.describe() + " cancelled: task " + taskId + " is " + cancelled.state());
    }

    static ShellException interrupted(String message) {
        return new ShellException(ExitCodes.INTERRUPTED, message);
    }

    private static String seconds(Duration d) {
        return d.toSeconds() >= 60 && d.toSecondsPart() == 0 ? d.toMinutes() + " min" : d.toMillis() / 1000.0 + " s";
    }
}
