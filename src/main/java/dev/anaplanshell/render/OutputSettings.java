package dev.anaplanshell.render;

/**
 * How everything is printed, decided once at launch and consulted by {@link Output} and {@link Renderer} only.
 *
 * @param quiet {@code --quiet}: only data and errors, no informational messages
 * @param format {@code -o} on the launcher's command line: the format of every listing that does not name its
 *        own, and with JSON every message as {@code {"message": ...}}; null for tables
 * @param color whether the prompt may be coloured (see {@link #colorWanted})
 * @param excel {@code --excel}: CSV starts with a UTF-8 byte order mark (rows end in CRLF anyway)
 */
public record OutputSettings(boolean quiet, OutputFormat format, boolean color, boolean excel) {

    public static final OutputSettings DEFAULTS = new OutputSettings(false, null, false, false);

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
}
