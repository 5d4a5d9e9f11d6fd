package dev.anaplanshell.shell;

import java.util.Map;

import dev.anaplanshell.render.OutputSettings;

/**
 * How commands run and print, from the launcher's command line.
 *
 * @param variables {@code -v NAME=VALUE}, defined before the first command
 * @param continueOnError {@code --continue-on-error}: a script goes on after a failure and exits with the first
 *        failure's code at the end
 * @param output {@code --quiet}, {@code -o}, colour and {@code --excel}
 */
public record RunSettings(Map<String, String> variables, boolean continueOnError, OutputSettings output) {

    public static final RunSettings DEFAULTS = new RunSettings(Map.of(), false, OutputSettings.DEFAULTS);

    public RunSettings {
        variables = Map.copyOf(variables);
    }
}
