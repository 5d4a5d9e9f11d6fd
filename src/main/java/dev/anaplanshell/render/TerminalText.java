package dev.anaplanshell.render;

/**
 * Text from a server or a file made safe for a terminal: control characters (C0, DEL, C1 such as {@code 0x9b}),
 * bidirectional overrides and line separators are shown as visible escapes ({@code \e}, {@code \n}, {@code \x9b},
 * {@code \u202e}), so a name can neither clear the screen, set the window title, write the clipboard (OSC 52),
 * hide a hyperlink, ring the bell, overwrite what was printed before, nor break a message onto a second line.
 * Files keep the data as it is: only what goes to a terminal passes through here.
 */
public final class TerminalText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TerminalText() {
    }

    /** The text with every unsafe character escaped; the same instance when there is none (the usual case). */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                escape(c, out);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the character changes a terminal's state or layout rather than showing a glyph. */
    public static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case 0x1b -> out.append("\\e");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x07 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case 0 -> out.append("\\0");
            default -> {
                if (c < 0x100) {
                    out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                } else {
                    out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                            .append(HEX[c & 0xf]);
                }
            }
        }
    }
}
