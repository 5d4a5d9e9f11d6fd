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
 * @param profile the profile the session runs with ({@code --profile}, else the default one), or null
 */
public record ShellSettings(Endpoints endpoints, boolean debug, Path home, Login login, String banner,
        Script script, String profile) {

    public ShellSettings(Endpoints endpoints, boolean debug, Path home, Login login, String banner, Script script) {
        this(endpoints, debug, home, login, banner, script, null);
    }

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
    }
}
