package dev.anaplanshell.render;

import java.util.List;
import java.util.Locale;

import dev.anaplanshell.diff.Change;
import dev.anaplanshell.diff.RowChange;
import dev.anaplanshell.formula.ReferenceWalk;
import dev.anaplanshell.formula.Search;

/** The columns of {@code lineitems grep}, {@code lineitems refs}, {@code lineitems diff} and {@code diff}. */
public final class AnalysisColumns {

    /** What {@code lineitems grep} shows; the matched text is last, where the table highlights it. */
    public static final List<Column<Search.Hit>> GREP = List.of(
            Column.of("id", h -> h.item().id()),
            Column.of("moduleName", h -> h.item().moduleName()),
            Column.of("name", h -> h.item().name()),
            Column.of("field", Search.Hit::field),
            Column.of("text", Search.Hit::text));

    /**
     * The edges {@code lineitems refs} walked, in CSV and JSON: in {@code up} rows {@code from}'s formula
     * references {@code to}; in {@code down} rows {@code to}'s formula references {@code from}.
     */
    public static final List<Column<ReferenceWalk.Step>> REFERENCE_EDGES = List.of(
            Column.of("direction", s -> s.direction().name().toLowerCase(Locale.ROOT)),
            Column.of("depth", ReferenceWalk.Step::depth),
            Column.of("fromModule", s -> s.from().moduleName()),
            Column.of("fromLineItem", s -> s.from().name()),
            Column.of("toModule", s -> s.to().moduleName()),
            Column.of("toLineItem", s -> s.to().name()),
            Column.of("mark", s -> s.mark() == ReferenceWalk.Mark.NONE ? ""
                    : s.mark().name().toLowerCase(Locale.ROOT)));

    public static final List<Column<Change>> MODEL_DIFF = List.of(
            Column.of("change", Change::change),
            Column.of("moduleName", Change::moduleName),
            Column.of("name", Change::name),
            Column.of("field", Change::field),
            Column.of("old", Change::oldValue),
            Column.of("new", Change::newValue));

    /** {@code lists diff}: the list's name in the {@code list} column, the item's in {@code item}. */
    public static final List<Column<Change>> LIST_DIFF = List.of(
            Column.of("change", Change::change),
            Column.of("list", Change::moduleName),
            Column.of("item", Change::name),
            Column.of("field", Change::field),
            Column.of("old", Change::oldValue),
            Column.of("new", Change::newValue));

    public static final List<Column<RowChange>> CSV_DIFF = List.of(
            Column.of("change", RowChange::change),
            Column.of("key", RowChange::key),
            Column.of("column", RowChange::column),
            Column.of("old", RowChange::oldValue),
            Column.of("new", RowChange::newValue));

    private AnalysisColumns() {
    }
}
