package dev.anaplanshell.shell;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.anaplanshell.completion.DidYouMean;
import dev.anaplanshell.core.ShellException;

/**
 * {@code config.properties} in the configuration folder: defaults for the launcher's options, one
 * {@code name=value} a line, the names those of the long options ({@code output=csv}, {@code rate-limit=300},
 * {@code no-color=true}; {@code color=false} too). An option on the command line wins over the file. The file is
 * optional; a bad entry is a usage error in one line naming the file and the key.
 */
final class ConfigFile {

    static final String NAME = "config.properties";

    private ConfigFile() {
    }

    /**
     * The launcher's arguments with the file's defaults before them, for the options {@code given} does not
     * already set; {@code args} itself when there is no file or it adds nothing. A sandbox option's default applies only when the sandbox runs.
     *
     * @throws ShellException a usage error naming the file and key of a bad entry
     */
    static String[] withDefaults(Path home, Set<String> given, String[] args) {
        Path file = home.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return args;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw ShellException.usage(file + ": cannot read it: " + e.getMessage());
        }
        Map<String, LaunchOption<?>> options = new TreeMap<>();
        LaunchOptions.ALL.stream().filter(o -> o.configurable).forEach(o -> options.put(o.longName, o));
        List<Entry> entries = new ArrayList<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            Entry entry = entry(file, key, properties.getProperty(key).strip(), options);
            if (!given.contains(entry.option.longName)
                    && (entry.option.excludes == null || !given.contains(entry.option.excludes.longName))
                    && options.values().stream().noneMatch(o -> o.excludes == entry.option
                            && given.contains(o.longName))) {
                entries.add(entry);
            }
        }
        Set<String> on = new HashSet<>(given);
        entries.stream().filter(e -> e.on).forEach(e -> on.add(e.option.longName));
        List<String> defaults = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.on && (entry.option.needs.isEmpty()
                    || entry.option.needs.stream().anyMatch(o -> on.contains(o.longName)))) {
                check(file, entry);
                defaults.add(entry.option.name());
                if (entry.value != null) {
                    defaults.add(entry.value);
                }
            }
        }
        if (defaults.isEmpty()) {
            return args;
        }
        defaults.addAll(List.of(args));
        return defaults.toArray(String[]::new);
    }

    /** One line of the file: its option, and the value to give it (null for a flag). Off: a flag set to false. */
    private record Entry(LaunchOption<?> option, String value, boolean on) {
    }

    private static Entry entry(Path file, String key, String value, Map<String, LaunchOption<?>> options) {
        if (key.equals("color")) {
            return new Entry(LaunchOptions.NO_COLOR, null, !flag(file, key, value));
        }
        LaunchOption<?> option = options.get(key);
        if (option == null) {
            throw ShellException.usage(file + ": unknown key '" + key + "'" + DidYouMean.hint(key, options.keySet()));
        }
        if (!option.takesValue()) {
            return new Entry(option, null, flag(file, key, value));
        }
        if (value.isEmpty()) {
            throw ShellException.usage(file + ": key '" + key + "' needs a value");
        }
        return new Entry(option, value, true);
    }

    /** Converts the value as the command line would, so a bad one is reported with the file and key. */
    private static void check(Path file, Entry entry) {
        try {
            entry.option.check(entry.value);
        } catch (ShellException | IllegalArgumentException e) {
            throw ShellException.usage(file + ": key '" + entry.option.longName + "': " + e.getMessage());
        }
    }

    private static boolean flag(Path file, String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw ShellException.usage(file + ": key '" + key + "' needs true or false, not '" + value + "'");
        };
    }
}
