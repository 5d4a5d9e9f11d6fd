package dev.anaplanshell.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.anaplanshell.core.ShellException;

/**
 * The options every listing takes, whatever its command: {@code --columns a,b,c} (which columns, in that order),
 * {@code --sort COL[,-COL]} (rows ordered by those columns, {@code -} for descending) and {@code --out FILE}.
 * The command line parser hands them over for the command it is about to run ({@link #use}); {@link Output} applies
 * them to whatever the command lists, so no command declares them.
 *
 * @param columns the {@code --columns} value, or null
 * @param sort the {@code --sort} value, or null
 * @param out the {@code --out} value, or null
 */
public record ListingOptions(String columns, String sort, String out) {

    /** The long names of the options, without dashes. */
    public static final List<String> NAMES = List.of("columns", "sort", "out");

    public static final ListingOptions NONE = new ListingOptions(null, null, null);

    private static final ThreadLocal<ListingOptions> CURRENT = ThreadLocal.withInitial(() -> NONE);

    /** Sets the options of the command about to run on this thread (NONE for a command given none). */
    public static void use(ListingOptions options) {
        CURRENT.set(options == null ? NONE : options);
    }

    /** The options of the command running on this thread. */
    public static ListingOptions current() {
        return CURRENT.get();
    }

    /** The value of one option by its long name, as the parser hands it over. */
    public ListingOptions with(String name, String value) {
        return switch (name) {
            case "columns" -> new ListingOptions(value, sort, out);
            case "sort" -> new ListingOptions(columns, value, out);
            default -> new ListingOptions(columns, sort, value);
        };
    }

    /** The columns {@code --columns} names, in its order; all of them without it. */
    <T> List<Column<T>> select(List<Column<T>> all) {
        if (blank(columns)) {
            return all;
        }
        List<Column<T>> chosen = new ArrayList<>();
        for (String name : columns.split(",")) {
            chosen.add(find(all, name.strip(), "--columns"));
        }
        return chosen;
    }

    /** The rows in {@code --sort} order (read whole to sort them); as they come without it. */
    <T> Stream<T> sort(List<Column<T>> all, Stream<T> rows) {
        if (blank(sort)) {
            return rows;
        }
        Comparator<T> order = null;
        for (String key : sort.split(",")) {
            String name = key.strip();
            boolean descending = name.startsWith("-");
            Column<T> column = find(all, descending ? name.substring(1).strip() : name, "--sort");
            Comparator<T> by = Comparator.comparing(row -> column.value().apply(row), ListingOptions::compare);
            by = descending ? by.reversed() : by;
            order = order == null ? by : order.thenComparing(by);
        }
        Comparator<T> finalOrder = order;
        List<T> sorted;
        try (rows) {
            sorted = new ArrayList<>(rows.toList());
        }
        sorted.sort(finalOrder);
        return sorted.stream();
    }

    /**
     * The format of an {@code --out FILE}: {@code -o} when given (the command's, else the launcher's), else the
     * file's extension: {@code .csv}, {@code .json}, {@code .txt} for the table.
     */
    static OutputFormat formatOf(String file, String requested, OutputFormat launcher) {
        if (requested != null && !requested.isBlank()) {
            return OutputFormat.parse(requested);
        }
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return OutputFormat.CSV;
        }
        if (name.endsWith(".json")) {
            return OutputFormat.JSON;
        }
        if (name.endsWith(".txt")) {
            return OutputFormat.TABLE;
        }
        if (launcher != null) {
            return launcher;
        }
        throw ShellException.usage("cannot tell the format of '" + file + "': name it .csv, .json or .txt, or give"
                + " -o table|csv|json");
    }

    /** Numbers by value, booleans and other comparable values of one kind naturally, the rest as text; blanks last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        String ta = Cells.text(a);
        String tb = Cells.text(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return Boolean.compare(ta.isEmpty(), tb.isEmpty());
        }
        if (a instanceof Number na && b instanceof Number nb) {
            return Double.compare(na.doubleValue(), nb.doubleValue());
        }
        if (a instanceof Comparable ca && b != null && a.getClass() == b.getClass() && !(a instanceof String)) {
            return ca.compareTo(b);
        }
        int text = String.CASE_INSENSITIVE_ORDER.compare(ta, tb);
        return text != 0 ? text : ta.compareTo(tb);
    }

    private static <T> Column<T> find(List<Column<T>> all, String name, String option) {
        return all.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> ShellException.usage("unknown column '" + name + "' for " + option + ": one of "
                        + String.join(", ", all.stream().map(Column::name).toList())));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
