package dev.anaplanshell.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a list write did; counts the call does not report are 0. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListWriteResult(Integer added, Integer updated, Integer ignored, Integer deleted, Integer total,
        List<WriteFailure> failures) {

    public ListWriteResult {
        added = added == null ? 0 : added;
        updated = updated == null ? 0 : updated;
        ignored = ignored == null ? 0 : ignored;
        deleted = deleted == null ? 0 : deleted;
        total = total == null ? 0 : total;
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    public static final ListWriteResult NONE = new ListWriteResult(0, 0, 0, 0, 0, List.of());

    /** This result and the next batch's, whose request indexes start at {@code offset}. */
    public ListWriteResult plus(ListWriteResult next, int offset) {
        List<WriteFailure> all = new java.util.ArrayList<>(failures);
        next.failures().forEach(f -> all.add(new WriteFailure(f.requestIndex() + offset, f.failureType(),
                f.failureMessageDetails())));
        return new ListWriteResult(added + next.added, updated + next.updated, ignored + next.ignored,
                deleted + next.deleted, total + next.total, all);
    }
}
