package dev.anaplanshell.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A finished task's {@code result}; a process's has one {@code nestedResults} entry per step. A COMPLETE task may
 * still be unsuccessful: check {@code successful}, and {@code failureDumpAvailable} for rejected rows.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskResult(String objectId, String objectName, Boolean successful, Boolean failureDumpAvailable,
        List<Detail> details, List<TaskResult> nestedResults) {

    /** One {@code details} entry, e.g. {@code hierarchyRowsProcessedWithFailures}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Detail(String type, String localMessageText, Integer occurrences, List<String> values) {
    }

    public boolean isSuccessful() {
        return Boolean.TRUE.equals(successful);
    }

    public boolean hasFailureDump() {
        return Boolean.TRUE.equals(failureDumpAvailable);
    }

    public List<Detail> detailList() {
        return details == null ? List.of() : details;
    }

    public List<TaskResult> nested() {
        return nestedResults == null ? List.of() : nestedResults;
    }
}
