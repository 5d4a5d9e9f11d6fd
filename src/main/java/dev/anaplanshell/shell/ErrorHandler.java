package dev.anaplanshell.shell;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;

import dev.anaplanshell.client.AnaplanApiException;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.IoReasons;
import dev.anaplanshell.core.ReportedFailure;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.TerminalText;

import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.CommandExecutionException;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The one place where a failure becomes one user-worded line and an exit code. Stack traces only with
 * {@code --debug}.
 */
public final class ErrorHandler {

    /** What the user is told, and the exit code. */
    public record Failure(int exitCode, String message) {
    }

    private final boolean debug;

    public ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    public int report(Throwable error, PrintWriter err) {
        if (unwrap(error) instanceof ReportedFailure reported) {
            return reported.exitCode();
        }
        Failure failure = describe(error);
        // differences are an outcome, not an error: say how many, without the "error: " prefix
        err.println((failure.exitCode() == ExitCodes.DIFFERENCES ? "" : "error: ") + line(failure.message()));
        if (debug) {
            error.printStackTrace(err);
        }
        err.flush();
        return failure.exitCode();
    }

    public Failure describe(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof ShellException se) {
            return new Failure(se.exitCode(), se.getMessage());
        }
        if (e instanceof AnaplanApiException api) {
            return describe(api);
        }
        if (e instanceof ConversionException) {
            Throwable root = rootCause(e);
            return new Failure(ExitCodes.USAGE, "invalid value: " + (root.getMessage() != null
                    ? root.getMessage() : e.getMessage()));
        }
        if (e instanceof IllegalArgumentException) {
            return new Failure(ExitCodes.USAGE, message(e));
        }
        if (e instanceof InterruptedException) {
            return new Failure(ExitCodes.INTERRUPTED, "interrupted");
        }
        if ((e instanceof java.io.UncheckedIOException || e instanceof JacksonIOException)
                && e.getCause() instanceof java.io.IOException io) {
            // e.g. Jackson writing a settings file to a full disk: the reason, not Jackson's two-line message
            String why = IoReasons.of(io);
            return new Failure(ExitCodes.FAILURE, why.equals(IoReasons.UNKNOWN) ? why : IoReasons.UNKNOWN + ": " + why);
        }
        if (e instanceof OutOfMemoryError) {
            return new Failure(ExitCodes.FAILURE, "out of memory (give Java more with -Xmx, e.g. JAVA_TOOL_OPTIONS=-Xmx2g)");
        }
        String m = e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + e.getMessage().strip();
        return new Failure(ExitCodes.FAILURE, "unexpected failure" + m + (debug ? "" : " (run with --debug for details)"));
    }

    /**
     * A message as the one line a terminal shows: text from Anaplan or a file may hold line breaks and escape
     * sequences, shown escaped ({@code \n}, {@code \e}).
     */
    public static String line(String message) {
        return TerminalText.clean(message);
    }

    private static Failure describe(AnaplanApiException api) {
        String path = api.path() == null || api.path().isEmpty() ? "" : " (" + api.path() + ")";
        if (api instanceof AnaplanApiException.OAuthError oauth) {
            return new Failure(ExitCodes.AUTH, "OAuth login failed: " + oauth.error() + ": " + api.getMessage());
        }
        if (api instanceof AnaplanApiException.Unauthorized) {
            boolean loggingIn = api.path() != null && api.path().startsWith("/token/authenticate");
            return new Failure(ExitCodes.AUTH, loggingIn ? "login failed: " + api.getMessage()
                    : "not authorized: " + api.getMessage() + " (the token may have expired: run 'login')");
        }
        if (api instanceof AnaplanApiException.NotFound) {
            return new Failure(ExitCodes.NOT_FOUND, "not found: " + api.getMessage() + path);
        }
        if (api instanceof AnaplanApiException.Unavailable) {
            String status = api.status() >= 400 ? "HTTP " + api.status() + ": " : "";
            return new Failure(ExitCodes.UNAVAILABLE, "service unavailable: " + status + api.getMessage());
        }
        if (api instanceof AnaplanApiException.RateLimited) {
            return new Failure(ExitCodes.UNAVAILABLE, "Anaplan's rate limit was hit (HTTP 429): " + api.getMessage());
        }
        if (api instanceof AnaplanApiException.ModelBusy) {
            return new Failure(ExitCodes.FAILURE, "the model is busy (HTTP " + api.status() + "): " + api.getMessage());
        }
        return new Failure(ExitCodes.FAILURE, "Anaplan answered HTTP " + api.status() + ": " + api.getMessage() + path);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CommandExecutionException || e instanceof InvocationTargetException
                || e instanceof UndeclaredThrowableException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }
}
