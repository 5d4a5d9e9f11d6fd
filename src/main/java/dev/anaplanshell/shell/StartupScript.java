package dev.anaplanshell.shell;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.Tokenizer;

import org.springframework.shell.core.InputReader;

/**
 * {@code startup.anaplan} in the configuration folder, run before the first prompt of the interactive shell as
 * psql runs {@code ~/.psqlrc}: {@code set}, {@code use-model}, {@code login --profile} and the like. Optional; a
 * failing command in it is reported as in any script and the prompt comes all the same. {@code -c}, {@code -f} and
 * piped input do not run it (a script that wants it says {@code run ~/.anaplan-shell/startup.anaplan}).
 */
final class StartupScript {

    static final String NAME = "startup.anaplan";

    private StartupScript() {
    }

    /** Runs the start-up script of {@code home} when there is one; returns its exit code (0 when there is none). */
    static int run(Path home, CommandRunner commands, PrintWriter out, InputReader in) {
        Path file = home.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return ExitCodes.OK;
        }
        return commands.run("run " + Tokenizer.quote(file.toAbsolutePath().toString()), out, out, in);
    }
}
