package dev.anaplanshell.core;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why a file operation failed, in a few words, for the one-line errors of every layer. */
public final class IoReasons {

    /** What is said when the exception says nothing. */
    public static final String UNKNOWN = "input/output error";

    private IoReasons() {
    }

    /**
     * {@code permission denied}, {@code no such file or folder}, {@code interrupted}, else the operating system's
     * reason ({@code No space left on device}); never the file's name (a {@code FileSystemException}'s message starts
     * with it, and it may be a temporary file the user never chose) and never blank.
     */
    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof ClosedByInterruptException) {
            return "interrupted";
        }
        String why = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return why != null && !why.isBlank() ? why.strip() : UNKNOWN;
    }
}
