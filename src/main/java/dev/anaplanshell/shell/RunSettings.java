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
 * @param timing {@code --timing}: the elapsed time after each command, until {@code set timing off}
 */
public record RunSettings(Map<String, String> variables, boolean continueOnError, OutputSettings output,
        boolean timing) {

    public static final RunSettings DEFAULTS = new RunSettings(Map.of(), false, OutputSettings.DEFAULTS);

    public RunSettings(Map<String, String> variables, boolean continueOnError, OutputSettings output) {
        this(variables, continueOnError, output, false);
    }

    public RunSettings {
        variables = Map.copyOf(variables);
    }
}
