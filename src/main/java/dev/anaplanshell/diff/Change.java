package dev.anaplanshell.diff;

/**
 * One difference between two models: {@code added}, {@code removed}, {@code changed} or {@code renamed}. A module
 * added or removed as a whole has an empty {@code name} and the field {@code module}; a line item added or removed
 * has an empty field; a changed or renamed one names the field, with the old and new values side by side.
 */
public record Change(String change, String moduleName, String name, String field, String oldValue,
        String newValue) {

    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String CHANGED = "changed";
    public static final String RENAMED = "renamed";
}
