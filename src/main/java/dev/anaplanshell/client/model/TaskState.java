package dev.anaplanshell.client.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/** {@code taskState}; a value this client does not know reads as {@link #UNKNOWN}. */
public enum TaskState {
    NOT_STARTED, IN_PROGRESS, COMPLETE, CANCELLING, CANCELLED, UNKNOWN;

    @JsonCreator
    public static TaskState of(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** COMPLETE (successful or not) or CANCELLED: the task will not change any more. */
    public boolean finished() {
        return this == COMPLETE || this == CANCELLED;
    }
}
