package dev.anaplanshell.render;

/**
 * The CSV injection guard (OWASP, "CSV Injection"): a cell that a spreadsheet would read as a formula, one starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, gets a single quote before it, so
 * Excel, LibreOffice and Google Sheets show it as text instead of running it ({@code =HYPERLINK(...)},
 * {@code =cmd|...}). A plain number ({@code -5}, {@code +1.5}, {@code -2E3}) is left alone: spreadsheets read it as
 * a number, never as a formula, and a prefixed number would no longer be one.
 */
public final class CsvGuard {

    private CsvGuard() {
    }

    /** The cell as a guarded file holds it. */
    public static String guard(String cell) {
        return risky(cell) ? "'" + cell : cell;
    }

    /** Whether the cell needs the quote. */
    static boolean risky(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return switch (c) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !number(cell);
            default -> false;
        };
    }

    /** A sign, digits with at most one point, and an optional exponent: {@code -12}, {@code +0.5}, {@code -1e-3}. */
    private static boolean number(String s) {
        int i = 1;
        int n = s.length();
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }
}
