package dev.anaplanshell.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands of a script: one a line; blank lines and lines starting with {@code #} skipped; a line ending in
 * an unescaped backslash continues on the next. A command is numbered by the line it starts on.
 */
final class ScriptLines {

    /** One command and the line it starts on (1-based). */
    record Line(int number, String text) {
    }

    private ScriptLines() {
    }

    static List<Line> of(List<String> physical) {
        List<Line> commands = new ArrayList<>();
        for (int i = 0; i < physical.size(); i++) {
            int start = i;
            String text = i == 0 ? withoutBom(physical.get(0)) : physical.get(i);
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            StringBuilder command = new StringBuilder();
            while (continues(text)) {
                String kept = text.stripTrailing();
                command.append(kept, 0, kept.length() - 1);
                if (i + 1 >= physical.size()) {
                    text = "";
                    break;
                }
                text = physical.get(++i);
            }
            command.append(text);
            commands.add(new Line(start + 1, command.toString().strip()));
        }
        return commands;
    }

    private static boolean continues(String text) {
        String t = text.stripTrailing();
        int backslashes = 0;
        while (backslashes < t.length() && t.charAt(t.length() - 1 - backslashes) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String withoutBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
