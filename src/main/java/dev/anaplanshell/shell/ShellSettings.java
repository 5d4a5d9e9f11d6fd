package dev.anaplanshell.shell;

import java.nio.file.Path;
import java.util.List;

import dev.anaplanshell.client.Endpoints;

/**
 * What the command line decided before Spring started.
 *
 * @param home the configuration folder ({@code ANAPLAN_SHELL_HOME}, default {@code ~/.anaplan-shell})
 * @param login credentials to log in with at start (the embedded sandbox's demo user), or null
 * @param banner a line to show when the interactive shell starts, or null
 * @param script commands to run without a prompt, or null for the interactive shell
 * @param run variables, error and output handling from the command line ({@code -v}, {@code --continue-on-error},
 *        {@code --quiet}, {@code -o}, {@code --no-color}, {@code --excel})
 * @param profile the profile the session runs with ({@code --profile}, else the default one), or null
 */
public record ShellSettings(Endpoints endpoints, boolean debug, Path home, Login login, String banner,
        Script script, RunSettings run, String profile) {

    /** Credentials for an automatic login. */
    public record Login(String user, String password) {
        @Override
        public String toString() {
            return "Login[user=" + user + ", password=<redacted>]";
        }
    }

    /**
     * Commands to run in order.
     *
     * @param origin the script file's name, or null for {@code -c}
     * @param lines the lines; for a file, line {@code i} is at index {@code i - 1}
     */
    public record Script(String origin, List<String> lines) {

        /** Standard input's name in error messages. */
        public static final String STDIN = "<stdin>";

        /** Where {@code run} resolves relative paths: the script file's folder, else the working folder. */
        public Path folder() {
            Path cwd = Path.of("").toAbsolutePath();
            return origin == null || origin.equals(STDIN) ? cwd : cwd.resolve(origin).getParent();
        }
    }
}
