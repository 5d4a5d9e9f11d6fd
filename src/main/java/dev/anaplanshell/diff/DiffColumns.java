package dev.anaplanshell.diff;

import java.util.List;

import dev.anaplanshell.render.Column;

/** The columns of {@code lineitems diff}, {@code lists diff} and {@code diff}. */
public final class DiffColumns {

    public static final List<Column<Change>> MODEL_DIFF = changes("moduleName", "name");

    /** {@code lists diff}: the list's name in the {@code list} column, the item's in {@code item}. */
    public static final List<Column<Change>> LIST_DIFF = changes("list", "item");

    public static final List<Column<RowChange>> CSV_DIFF = List.of(
            Column.of("change", RowChange::change),
            Column.of("key", RowChange::key),
            Column.of("column", RowChange::column),
            Column.of("old", RowChange::oldValue),
            Column.of("new", RowChange::newValue));

    private DiffColumns() {
    }

    /** A change's columns, its module (or list) and its name headed as the diff names them. */
    private static List<Column<Change>> changes(String where, String what) {
        return List.of(
                Column.of("change", Change::change),
                Column.of(where, Change::moduleName),
                Column.of(what, Change::name),
                Column.of("field", Change::field),
                Column.of("old", Change::oldValue),
                Column.of("new", Change::newValue));
    }
}
