package dev.anaplanshell.shell;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import dev.anaplanshell.completion.DidYouMean;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.OutputFormat;

import org.apache.commons.cli.Option;

/**
 * {@code config.properties} in the configuration folder: defaults for the launcher's options, one
 * {@code name=value} a line, the names those of the long options ({@code output=csv}, {@code rate-limit=300},
 * {@code no-color=true}; {@code color=false} too). An option on the command line wins over the file. The file is
 * optional; a bad entry is a usage error in one line naming the file and the key.
 */
final class ConfigFile {

    static final String NAME = "config.properties";
    /** Options that choose what to run rather than how: not defaults a file can set. */
    private static final Set<String> NOT_DEFAULTS = Set.of("command", "file", "help", "version", "serve-sandbox",
            "port", "var", "sandbox-user", "sandbox-cert");

    private ConfigFile() {
    }

    /**
     * The launcher's arguments with the file's defaults before them, for the options {@code given} does not
     * already set.
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
        Map<String, Option> options = new TreeMap<>();
        for (Option o : LaunchOptions.all()) {
            if (!NOT_DEFAULTS.contains(o.getLongOpt())) {
                options.put(o.getLongOpt(), o);
            }
        }
        List<String> defaults = new ArrayList<>();
        for (String key : new TreeMap<>(Map.copyOf(properties)).keySet().stream().map(Object::toString).toList()) {
            String value = properties.getProperty(key).strip();
            List<String> entry = entry(file, key, value, options);
            if (!entry.isEmpty() && !given.contains(entry.get(0).substring(2))) {
                check(file, key, entry);
                defaults.addAll(entry);
            }
        }
        defaults.addAll(List.of(args));
        return defaults.toArray(String[]::new);
    }

    /** The launch arguments one entry stands for: none for a flag set to false. */
    private static List<String> entry(Path file, String key, String value, Map<String, Option> options) {
        if (key.equals("color")) {
            return flag(file, key, value) ? List.of() : List.of("--no-color");
        }
        Option option = options.get(key);
        if (option == null) {
            throw ShellException.usage(file + ": unknown key '" + key + "'"
                    + DidYouMean.hint(key, options.keySet()));
        }
        if (!option.hasArg()) {
            return flag(file, key, value) ? List.of("--" + key) : List.of();
        }
        if (value.isEmpty()) {
            throw ShellException.usage(file + ": key '" + key + "' needs a value");
        }
        return List.of("--" + key, value);
    }

    private static boolean flag(Path file, String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw ShellException.usage(file + ": key '" + key + "' needs true or false, not '" + value + "'");
        };
    }

    /** Parses one entry as the launcher would, so a bad value is reported with the file and key. */
    private static void check(Path file, String key, List<String> entry) {
        try {
            LaunchOptions o = LaunchOptions.parse(entry.toArray(String[]::new));
            ResilienceOptions.http(o, Map.of());
            if (o.output != null) {
                OutputFormat.parse(o.output);
            }
        } catch (ShellException | IllegalArgumentException e) {
            throw ShellException.usage(file + ": key '" + key + "': " + e.getMessage());
        }
    }
}
