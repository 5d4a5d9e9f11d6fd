package dev.anaplanshell.session;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import dev.anaplanshell.core.InputFiles;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.core.Tokenizer;

/**
 * The session's variables ({@code set NAME VALUE}, {@code -v NAME=VALUE}) and their expansion in a command line,
 * after it is read and before it is split into words.
 *
 * <p>Rules: {@code ${NAME}} is a variable, {@code ${env:NAME}} an environment variable. Inside single quotes
 * nothing is expanded; a backslash before {@code $} keeps it literal. A value is always one word, never split at
 * blanks and never expanded again: outside quotes it is inserted quoted, inside double quotes escaped. An
 * undefined variable is a usage error, never an empty string. A value, and a line with its values expanded, are at
 * most {@link InputFiles#MAX_LINE} characters.
 */
public final class Variables {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String ENV = "env:";

    private final Map<String, String> values = new TreeMap<>();
    private final Set<String> fromCommandLine;
    private final UnaryOperator<String> environment;

    public Variables(Map<String, String> initial, UnaryOperator<String> environment) {
        initial.forEach(this::set);
        this.fromCommandLine = Set.copyOf(initial.keySet());
        this.environment = environment;
    }

    public void set(String name, String value) {
        if (value.length() > InputFiles.MAX_LINE) {
            throw ShellException.usage("variable too long: '" + name + "' would hold " + value.length()
                    + " characters (at most " + InputFiles.MAX_LINE + ")");
        }
        values.put(checked(name), value);
    }

    /** Removes a variable; false when it was not defined. */
    public boolean unset(String name) {
        return values.remove(checked(name)) != null;
    }

    /** The variables, by name. */
    public Map<String, String> all() {
        return Map.copyOf(values);
    }

    /** The names given with {@code -v} when the shell started. */
    public Set<String> fromCommandLine() {
        return fromCommandLine;
    }

    public String expand(String line) {
        if (!line.contains("${")) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quote == '\'') {
                quote = ch == '\'' ? 0 : quote;
                out.append(ch);
            } else if (ch == '\\' && i + 1 < line.length()) {
                out.append(ch).append(line.charAt(++i));
            } else if (ch == '$' && i + 1 < line.length() && line.charAt(i + 1) == '{') {
                int end = line.indexOf('}', i + 2);
                if (end < 0) {
                    throw ShellException.usage("unclosed '${' in: " + line);
                }
                String value = value(line.substring(i + 2, end));
                out.append(quote == '"' ? value.replace("\\", "\\\\").replace("\"", "\\\"") : Tokenizer.quote(value));
                if (out.length() > InputFiles.MAX_LINE) {
                    throw ShellException.usage("line too long with its variables expanded (more than "
                            + InputFiles.MAX_LINE + " characters)");
                }
                i = end;
            } else {
                if (ch == '"') {
                    quote = quote == '"' ? 0 : '"';
                } else if (ch == '\'' && quote == 0) {
                    quote = '\'';
                }
                out.append(ch);
            }
        }
        return out.toString();
    }

    private String value(String reference) {
        if (reference.startsWith(ENV)) {
            String name = checked(reference.substring(ENV.length()));
            String value = environment.apply(name);
            if (value == null) {
                throw ShellException.usage("environment variable '" + name + "' is not set");
            }
            return value;
        }
        String value = values.get(checked(reference));
        if (value == null) {
            throw ShellException.usage("variable '" + reference + "' is not defined (set it with 'set "
                    + reference + " VALUE' or -v " + reference + "=VALUE)");
        }
        return value;
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ShellException.usage("invalid variable name '" + name + "': use letters, digits and '_', "
                    + "not starting with a digit");
        }
        return name;
    }
}
