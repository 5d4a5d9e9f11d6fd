package dev.anaplanshell.render;

import java.util.function.Function;

/**
 * One column of a listing: its name (the table header, the CSV header and the JSON key alike) and how to
 * read its value from a row.
 */
public record Column<T>(String name, Function<T, ?> value) {

    public static <T> Column<T> of(String name, Function<T, ?> value) {
        return new Column<>(name, value);
    }
}
