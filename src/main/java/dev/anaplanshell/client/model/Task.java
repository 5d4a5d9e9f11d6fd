package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A task's status; {@code result} only once it has finished. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Task(String taskId, TaskState taskState, Long creationTime, String currentStep, Double progress,
        TaskResult result) {

    public TaskState state() {
        return taskState == null ? TaskState.UNKNOWN : taskState;
    }
}
