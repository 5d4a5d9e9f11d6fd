package dev.anaplanshell.shell;

import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.core.ShellException;

import org.apache.commons.cli.Option;

/**
 * One launcher option, declared once in {@link LaunchOptions}: its names, its value's label and type, its help line
 * and default. Parsing, {@code --help}, the completion scripts, "did you mean", {@code config.properties} and the
 * settings the launcher builds all read this declaration; nothing else lists the options.
 *
 * @param <T> the value's type: {@link Boolean} for a flag, a {@link List} for a repeatable option
 */
final class LaunchOption<T> {

    final String shortName;
    final String longName;
    /** The value's label in help ({@code N}, {@code DURATION}); a label starting {@code FILE} completes paths. */
    final String label;
    final String description;
    final boolean repeatable;
    /** What each text given becomes; null for a flag. */
    private final OptionValues.Type<?> type;
    // The fields below are set only while LaunchOptions declares the option (its static initialiser), and read after.

    /** The value when the option is not given, as it would be typed; shown in help. Null: no default value. */
    String byDefault;
    /** False for options that choose what to run rather than how: {@code config.properties} cannot set them. */
    boolean configurable = true;
    /** Flags of which one must be given with this option ({@code --sandbox} or {@code --serve-sandbox}). */
    List<LaunchOption<Boolean>> needs = List.of();
    /** An option that cannot be given with this one. */
    LaunchOption<?> excludes;

    private LaunchOption(String shortName, String longName, String label, String description, boolean repeatable,
            OptionValues.Type<?> type) {
        this.shortName = shortName;
        this.longName = longName;
        this.label = label;
        this.description = description;
        this.repeatable = repeatable;
        this.type = type;
    }

    static LaunchOption<Boolean> flag(String shortName, String longName, String description) {
        return new LaunchOption<>(shortName, longName, null, description, false, null);
    }

    /** An option given at most once, its text converted to a {@code type}. */
    static <T> LaunchOption<T> value(String shortName, String longName, String label, String description,
            OptionValues.Type<T> type) {
        return new LaunchOption<>(shortName, longName, label, description, false, type);
    }

    /** An option given any number of times, each text converted on its own. */
    static <E> LaunchOption<List<E>> repeatable(String shortName, String longName, String label, String description,
            OptionValues.Type<E> type) {
        return new LaunchOption<>(shortName, longName, label, description, true, type);
    }

    LaunchOption<T> byDefault(String text) {
        byDefault = text;
        return this;
    }

    LaunchOption<T> notConfigurable() {
        configurable = false;
        return this;
    }

    @SafeVarargs
    final LaunchOption<T> needs(LaunchOption<Boolean>... oneOf) {
        needs = List.of(oneOf);
        return this;
    }

    LaunchOption<T> excludes(LaunchOption<?> other) {
        excludes = other;
        return this;
    }

    boolean takesValue() {
        return label != null;
    }

    /** The words the completion scripts offer as this option's value: its type's, when it has few. */
    List<String> completes() {
        return type == null ? List.of() : type.words();
    }

    boolean completesFiles() {
        return label != null && label.startsWith("FILE");
    }

    /** {@code --name}. */
    String name() {
        return "--" + longName;
    }

    /** The description, with the default when there is one other than 0 ("Longest wait (default: 10s)."). */
    String help() {
        if (byDefault == null || byDefault.equals("0")) {
            return description;
        }
        String text = description.endsWith(".") ? description.substring(0, description.length() - 1) : description;
        return text + " (default: " + byDefault + ").";
    }

    /**
     * The value of the texts given (none for a flag), else the default's.
     *
     * @throws ShellException a usage error naming the option and what is wrong with the value
     */
    @SuppressWarnings("unchecked")
    T convert(List<String> given) {
        if (given == null && byDefault != null) {
            return convert(List.of(byDefault));
        }
        if (given == null) {
            return (T) (type == null ? Boolean.FALSE : repeatable ? List.of() : null);
        }
        try {
            return (T) value(given);
        } catch (IllegalArgumentException | ShellException e) {
            throw ShellException.usage(problem(e.getMessage()));
        }
    }

    private Object value(List<String> texts) {
        if (type == null) {
            return Boolean.TRUE;
        }
        if (!repeatable) {
            return type.convert(texts.get(0));
        }
        List<Object> values = new ArrayList<>();
        for (String text : texts) {
            values.add(type.convert(text));
        }
        return List.copyOf(values);
    }

    /**
     * One value as {@code config.properties} gives it, checked as on the command line.
     *
     * @throws IllegalArgumentException or a ShellException: what is wrong with it, without the option's name
     */
    Object check(String text) {
        return value(takesValue() ? List.of(text) : List.of());
    }

    /** "option '--port' needs a whole number, not 'x'", or "option '--proxy': invalid proxy URL: ...". */
    String problem(String message) {
        boolean phrase = message.startsWith("needs ") || message.startsWith("is ");
        return "option '" + name() + "'" + (phrase ? " " : ": ") + message;
    }

    Option cli() {
        Option.Builder option = Option.builder(shortName).longOpt(longName).desc(description);
        return (takesValue() ? option.hasArg().argName(label) : option).get();
    }
}
