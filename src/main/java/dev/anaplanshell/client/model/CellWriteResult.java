package dev.anaplanshell.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a cell write did. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CellWriteResult(Long numberOfCellsChanged, List<WriteFailure> failures) {

    public CellWriteResult {
        numberOfCellsChanged = numberOfCellsChanged == null ? 0 : numberOfCellsChanged;
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    public static final CellWriteResult NONE = new CellWriteResult(0L, List.of());

    /** This result and the next batch's, whose request indexes start at {@code offset}. */
    public CellWriteResult plus(CellWriteResult next, int offset) {
        List<WriteFailure> all = new java.util.ArrayList<>(failures);
        next.failures().forEach(f -> all.add(new WriteFailure(f.requestIndex() + offset, f.failureType(),
                f.failureMessageDetails())));
        return new CellWriteResult(numberOfCellsChanged + next.numberOfCellsChanged, all);
    }
}
