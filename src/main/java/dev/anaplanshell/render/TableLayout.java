package dev.anaplanshell.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jline.utils.WCWidth;

/**
 * Lays out a table of text cells for a given width, as psql does: columns as wide as their content while the
 * table fits; when it does not, columns of text (cells with blanks in them) share what is left fairly and wrap at
 * blanks, while identifiers, dates, numbers and other single words are never wrapped; numbers are right-aligned.
 * When a row cannot fit even so, each row is shown as a block of {@code name | value} lines ({@code \x auto}).
 * A width of 0 means no limit (output that is not a terminal): nothing is ever wrapped then.
 */
public final class TableLayout {

    /** The narrowest a wrapped text column gets before the expanded display is the better choice. */
    static final int MIN_TEXT = 8;

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d,]*)?(\\.\\d+)?([eE][-+]?\\d+)?");

    private TableLayout() {
    }

    /** The table's lines, or the expanded display's when {@code expanded} or when a row cannot fit. */
    public static List<String> render(String[] header, List<String[]> rows, int width, boolean expanded) {
        int n = header.length;
        int[] natural = new int[n];
        boolean[] number = new boolean[n];
        boolean[] text = new boolean[n];
        for (int c = 0; c < n; c++) {
            natural[c] = width(header[c]);
            boolean numeric = false;
            boolean allNumbers = true;
            for (String[] row : rows) {
                String cell = row[c];
                natural[c] = Math.max(natural[c], width(cell));
                if (!cell.isEmpty()) {
                    boolean isNumber = NUMBER.matcher(cell).matches() && cell.chars().anyMatch(Character::isDigit);
                    numeric |= isNumber;
                    allNumbers &= isNumber;
                    text[c] |= cell.strip().chars().anyMatch(Character::isWhitespace);
                }
            }
            number[c] = numeric && allNumbers;
            text[c] &= !number[c];
        }
        if (!expanded) {
            int[] widths = fit(header, natural, text, width);
            if (widths != null) {
                return table(header, rows, widths, number);
            }
        }
        return expanded(header, rows, width);
    }

    /** Column widths that fit {@code width}, or null when a row cannot fit. */
    static int[] fit(String[] header, int[] natural, boolean[] text, int width) {
        int n = natural.length;
        int total = n + 1;
        for (int w : natural) {
            total += w;
        }
        if (width <= 0 || total <= width) {
            return natural.clone();
        }
        int left = width - (n + 1);
        List<Integer> flexible = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (text[c]) {
                flexible.add(c);
            } else {
                left -= natural[c];
            }
        }
        int[] widths = natural.clone();
        // fair share: the narrowest text columns take what they need, the others share what remains equally
        flexible.sort((a, b) -> Integer.compare(natural[a], natural[b]));
        for (int i = 0; i < flexible.size(); i++) {
            int c = flexible.get(i);
            int share = left / (flexible.size() - i);
            widths[c] = Math.min(natural[c], share);
            left -= widths[c];
        }
        for (int c : flexible) {
            if (widths[c] < Math.min(natural[c], Math.max(MIN_TEXT, width(header[c])))) {
                return null;
            }
        }
        return left < 0 ? null : widths;
    }

    private static List<String> table(String[] header, List<String[]> rows, int[] widths, boolean[] number) {
        List<String> lines = new ArrayList<>();
        lines.add(rule('┌', '┬', '┐', widths));
        lines.addAll(row(header, widths, new boolean[widths.length]));
        lines.add(rule('├', '┼', '┤', widths));
        for (String[] row : rows) {
            lines.addAll(row(row, widths, number));
        }
        lines.add(rule('└', '┴', '┘', widths));
        return lines;
    }

    private static String rule(char left, char middle, char right, int[] widths) {
        StringBuilder b = new StringBuilder().append(left);
        for (int c = 0; c < widths.length; c++) {
            b.append("─".repeat(widths[c])).append(c == widths.length - 1 ? right : middle);
        }
        return b.toString();
    }

    private static List<String> row(String[] cells, int[] widths, boolean[] right) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> parts = wrap(cells[c], widths[c]);
            wrapped.add(parts);
            height = Math.max(height, parts.size());
        }
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < height; l++) {
            StringBuilder b = new StringBuilder("│");
            for (int c = 0; c < widths.length; c++) {
                List<String> parts = wrapped.get(c);
                String part = l < parts.size() ? parts.get(l) : "";
                String pad = " ".repeat(Math.max(0, widths[c] - width(part)));
                b.append(right[c] ? pad + part : part + pad).append('│');
            }
            lines.add(b.toString());
        }
        return lines;
    }

    private static List<String> expanded(String[] header, List<String[]> rows, int width) {
        int label = 0;
        for (String h : header) {
            label = Math.max(label, width(h));
        }
        int value = width > 0 ? Math.max(MIN_TEXT, width - label - 3) : 0;
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String title = "-[ RECORD " + (r + 1) + " ]";
            int rule = width > 0 ? Math.min(width, label + 3 + value) : label + 3 + longest(rows.get(r));
            lines.add(title + "-".repeat(Math.max(1, rule - title.length())));
            for (int c = 0; c < header.length; c++) {
                List<String> parts = wrap(rows.get(r)[c], value);
                for (int l = 0; l < parts.size(); l++) {
                    String name = l == 0 ? header[c] : "";
                    lines.add(name + " ".repeat(label - width(name)) + " | " + parts.get(l));
                }
            }
        }
        return lines;
    }

    private static int longest(String[] cells) {
        int max = 0;
        for (String cell : cells) {
            max = Math.max(max, width(cell));
        }
        return max;
    }

    /** The text in lines of at most {@code width} columns, broken at blanks where it can; 0 means one line. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (width <= 0 || width(text) <= width) {
            lines.add(text);
            return lines;
        }
        String rest = text;
        while (width(rest) > width) {
            int cut = cut(rest, width);
            int blank = rest.lastIndexOf(' ', cut);
            if (blank > 0) {
                lines.add(rest.substring(0, blank).stripTrailing());
                rest = rest.substring(blank + 1).stripLeading();
            } else {
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    /** How many chars of {@code text} fill at most {@code width} columns (at least one code point). */
    private static int cut(String text, int width) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (used + w > width && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Columns on a terminal: wide (CJK) characters take two. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }
}
