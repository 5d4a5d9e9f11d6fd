package dev.anaplanshell.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colour for matches in a rendered table, and when it is used: only where {@link OutputSettings#color} allows colour
 * at all (a terminal, no {@code --no-color}, no {@code NO_COLOR}), only for a table, and only written to a real (not
 * dumb) terminal's own writer.
 */
public final class Highlighter {

    static final AttributedStyle MATCH = AttributedStyle.BOLD.foreground(AttributedStyle.RED);
    private static final char BORDER = '│';

    private Highlighter() {
    }

    /** Whether to highlight; {@code color} is the launcher's one decision, {@link OutputSettings#color}. */
    public static boolean enabled(OutputFormat format, boolean color, Terminal terminal, PrintWriter out) {
        return color && format == OutputFormat.TABLE && terminal != null
                && !terminal.getType().startsWith(Terminal.TYPE_DUMB) && out == terminal.writer();
    }

    /**
     * The table with the ranges {@code matches} finds in its last column highlighted, as ANSI text for the
     * terminal. The header row is left alone; a match split by wrapping is not highlighted.
     */
    public static String lastColumn(String table, Function<String, List<int[]>> matches, Terminal terminal) {
        StringBuilder out = new StringBuilder(table.length() + 256);
        String[] lines = table.split("\n", -1);
        boolean headerDone = false;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int end = line.lastIndexOf(BORDER);
            int start = end > 0 ? line.lastIndexOf(BORDER, end - 1) : -1;
            if (start < 0 || !headerDone) {
                headerDone |= start >= 0;
                out.append(line);
            } else {
                // only the cell goes through JLine: borders stay as rendered (no alternate character set)
                AttributedStringBuilder b = new AttributedStringBuilder();
                String cell = line.substring(start + 1, end);
                int at = 0;
                for (int[] range : matches.apply(cell)) {
                    b.append(cell.substring(at, range[0]));
                    b.styled(MATCH, cell.substring(range[0], range[1]));
                    at = range[1];
                }
                b.append(cell.substring(at));
                out.append(line, 0, start + 1).append(b.toAnsi(terminal)).append(line.substring(end));
            }
            if (n < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
