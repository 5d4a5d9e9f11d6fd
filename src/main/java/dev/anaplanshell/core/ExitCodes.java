package dev.anaplanshell.core;

/** Process exit codes, documented in docs/exit-codes.md. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The API refused or failed the request, or the command could not do its job. */
    public static final int FAILURE = 1;
    /** Bad command line: unknown command or option, missing or malformed value, ambiguous name. */
    public static final int USAGE = 2;
    /** Login failed, not logged in, or the token expired. */
    public static final int AUTH = 3;
    /** A workspace, model, module or other name or ID does not exist. */
    public static final int NOT_FOUND = 4;
    /** The network or the service is unavailable. */
    public static final int UNAVAILABLE = 5;
    /** The command ran, but the service rejected some rows or a task completed unsuccessfully. */
    public static final int REJECTED = 6;
    /** A diff with {@code --exit-code} found differences. */
    public static final int DIFFERENCES = 7;
    /** {@code lineitems lint --exit-code} found findings at or above the chosen severity: the same code as a diff's. */
    public static final int FINDINGS = DIFFERENCES;
    /** Interrupted with Ctrl-C. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
