package dev.anaplanshell.core;

/** A failure the shell words itself, with the exit code it maps to. The message is one user-facing line. */
public class ShellException extends RuntimeException {

    private final int exitCode;

    public ShellException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static ShellException usage(String message) {
        return new ShellException(ExitCodes.USAGE, message);
    }

    public static ShellException notFound(String message) {
        return new ShellException(ExitCodes.NOT_FOUND, message);
    }

    public static ShellException auth(String message) {
        return new ShellException(ExitCodes.AUTH, message);
    }

    public static ShellException failure(String message) {
        return new ShellException(ExitCodes.FAILURE, message);
    }
}
