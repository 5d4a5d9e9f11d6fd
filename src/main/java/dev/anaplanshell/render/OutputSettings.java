package dev.anaplanshell.render;

/**
 * How everything is printed, decided once at launch and consulted by {@link Output} and {@link Renderer} only.
 *
 * @param quiet {@code --quiet}: only data and errors, no informational messages
 * @param format {@code -o} on the launcher's command line: the format of every listing that does not name its
 *        own, and with JSON every message as {@code {"message": ...}}; null for tables
 * @param color whether anything may be coloured, the prompt and grep's matches alike (see {@link #colorWanted})
 * @param excel {@code --excel}: CSV starts with a UTF-8 byte order mark (rows end in CRLF anyway)
 * @param csvSafe {@code --csv-safe} (true) or {@code --no-csv-safe} (false): the CSV injection guard
 *        ({@link CsvGuard}) for every CSV; null when neither was given: on for Excel only
 * @param terminal whether standard output is a terminal: CSV printed there is shown with its control characters
 *        escaped ({@link TerminalText}), as tables and messages always are
 * @param expanded {@code --expanded}/{@code -x}: every table as one block of {@code name | value} lines a row
 * @param pager false with {@code --no-pager}: output taller than the terminal is never paged ({@link Pager})
 */
public record OutputSettings(boolean quiet, OutputFormat format, boolean color, boolean excel, Boolean csvSafe,
        boolean terminal, boolean expanded, boolean pager) {

    public static final OutputSettings DEFAULTS = new OutputSettings(false, null, false, false);

    public OutputSettings(boolean quiet, OutputFormat format, boolean color, boolean excel) {
        this(quiet, format, color, excel, null, false);
    }

    public OutputSettings(boolean quiet, OutputFormat format, boolean color, boolean excel, Boolean csvSafe,
            boolean terminal) {
        this(quiet, format, color, excel, csvSafe, terminal, false, true);
    }

    /** Colour only on a terminal, never with {@code --no-color} or a non-empty {@code NO_COLOR} (no-color.org). */
    public static boolean colorWanted(boolean noColorOption, String noColorEnv, boolean stdoutIsTerminal) {
        return stdoutIsTerminal && !noColorOption && (noColorEnv == null || noColorEnv.isEmpty());
    }

    /** The format of a listing: the command's own {@code -o}, else the launcher's, else a table. */
    public OutputFormat listingFormat(String requested) {
        if (requested != null && !requested.isBlank()) {
            return OutputFormat.parse(requested);
        }
        return format != null ? format : OutputFormat.TABLE;
    }

    /** Messages ("Using model ...") are JSON objects when the launcher asked for {@code -o json}. */
    public boolean jsonMessages() {
        return format == OutputFormat.JSON;
    }

    /**
     * Whether a CSV gets the injection guard: asked for by the command ({@code safeHere}), else as the launcher
     * says, else whenever it is for Excel (the launcher's {@code --excel} or the command's, {@code excelHere}).
     */
    public boolean csvGuard(boolean excelHere, boolean safeHere) {
        if (safeHere) {
            return true;
        }
        return csvSafe != null ? csvSafe : excel || excelHere;
    }
}
