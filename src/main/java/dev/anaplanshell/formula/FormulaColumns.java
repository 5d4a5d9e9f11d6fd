package dev.anaplanshell.formula;

import java.util.List;
import java.util.Locale;

import dev.anaplanshell.render.Column;

/** The columns of {@code lineitems grep} and {@code lineitems refs}. */
public final class FormulaColumns {

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

    private FormulaColumns() {
    }
}
