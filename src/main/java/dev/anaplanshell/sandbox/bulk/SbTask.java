package dev.anaplanshell.sandbox.bulk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One run of an import, export, process or action. Its state follows from the clock: NOT_STARTED for the first
 * tenth of the task's duration, then IN_PROGRESS, then COMPLETE, when its work is done ({@link ModelBulk#view}).
 */
public final class SbTask {

    /** The task's state as the API shows it. */
    public enum State { NOT_STARTED, IN_PROGRESS, COMPLETE, CANCELLED }

    /** What a status request shows at one moment. */
    public record View(SbTask task, State state, double progress, String currentStep, Outcome outcome,
            List<Outcome> nested) {
    }

    final String id;
    final String kind;
    final String objectId;
    final String objectName;
    final Instant created;
    final Duration duration;
    final List<String> stepNames;
    Instant cancelledAt;
    Outcome outcome;
    List<Outcome> nested = List.of();

    SbTask(String id, String kind, String objectId, String objectName, Instant created, Duration duration,
            List<String> stepNames) {
        this.id = id;
        this.kind = kind;
        this.objectId = objectId;
        this.objectName = objectName;
        this.created = created;
        this.duration = duration;
        this.stepNames = stepNames;
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String objectId() {
        return objectId;
    }

    public Instant created() {
        return created;
    }

    /** The failure dump of the task (import) or of one of its steps (process), or null. */
    public byte[] dump(String stepObjectId) {
        if (outcome == null) {
            return null;
        }
        if (stepObjectId == null) {
            return outcome.dump();
        }
        return nested.stream().filter(o -> o.objectId().equals(stepObjectId)).map(Outcome::dump)
                .filter(d -> d != null).findFirst().orElse(null);
    }
}
