package dev.anaplanshell.core;


/**
 * A failure whose errors were already printed (a script run by {@code run} reports each failing line itself):
 * it carries only the exit code, and the shell's error handler prints nothing more.
 */
public final class ReportedFailure extends ShellException {

    public ReportedFailure(int exitCode) {
        super(exitCode, "failed with exit code " + exitCode);
    }
}
