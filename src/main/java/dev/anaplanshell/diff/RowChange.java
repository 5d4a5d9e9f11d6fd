package dev.anaplanshell.diff;

/**
 * One difference between two CSV files: a row {@code added} or {@code removed} (empty column), a value
 * {@code changed} (the column, old and new value), or a whole column added or removed (empty key).
 */
public record RowChange(String change, String key, String column, String oldValue, String newValue) {
}
