package dev.anaplanshell.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell would: blanks separate words; single quotes keep
 * everything literally; double quotes keep blanks and allow {@code \"} and {@code \\}; a backslash outside
 * quotes escapes the next character; an unquoted {@code ~} alone or before {@code /} at the start of a word, or
 * after an option's {@code =} ({@code --cert=~/me.crt}), is the user's home folder, so file arguments and options
 * take {@code ~/certs/me.crt}. Also splits {@code -c} text into statements at unquoted {@code ;}.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quote == '\'') {
                if (ch == '\'') {
                    quote = 0;
                } else {
                    word.append(ch);
                }
            } else if (quote == '"') {
                if (ch == '"') {
                    quote = 0;
                } else if (ch == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"'
                        || line.charAt(i + 1) == '\\')) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(ch);
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                inWord = true;
            } else if (ch == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(ch)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (ch == '~' && (!inWord || isOptionAssignment(word)) && endsTilde(line, i + 1)) {
                word.append(System.getProperty("user.home"));
                inWord = true;
            } else {
                word.append(ch);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw ShellException.usage("unbalanced " + (quote == '\'' ? "single" : "double") + " quote");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code --cert=} so far: a {@code ~} after it is a home folder, as at the start of a word. */
    private static boolean isOptionAssignment(StringBuilder word) {
        return word.length() > 3 && word.charAt(0) == '-' && word.charAt(1) == '-' && word.charAt(word.length() - 1) == '='
                && word.indexOf("=") == word.length() - 1;
    }

    /** Whether an unquoted {@code ~} just before {@code next} stands alone or before a {@code /}. */
    private static boolean endsTilde(String line, int next) {
        return next == line.length() || line.charAt(next) == '/' || Character.isWhitespace(line.charAt(next));
    }

    /** Splits at {@code ;} outside quotes; each statement keeps its own quoting. */
    public static List<String> statements(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else if (ch == '\\' && quote == '"' && i + 1 < text.length()) {
                    current.append(ch);
                    ch = text.charAt(++i);
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '\\' && i + 1 < text.length()) {
                current.append(ch);
                ch = text.charAt(++i);
            } else if (ch == ';') {
                statements.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(ch);
        }
        statements.add(current.toString());
        return statements.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Quotes a word so that {@link #words} gives it back unchanged: for completion and recorded scripts. */
    public static String quote(String word) {
        if (!word.isEmpty() && !word.startsWith("~") && word.chars().noneMatch(c -> Character.isWhitespace(c) || "'\"\\;#".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
