package dev.anaplanshell.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.anaplanshell.shell.ShellException;

/**
 * {@link AtomicFile} for bytes (downloads, failure dumps): a temporary file beside the target, renamed over it when
 * complete; on any failure (or Ctrl-C) the temporary file goes and a previous target stays untouched.
 */
public final class AtomicBinaryFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Body<R> {
        R write(OutputStream out) throws IOException, InterruptedException;
    }

    private AtomicBinaryFile() {
    }

    public static <R> R write(Path target, Body<R> body) throws InterruptedException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw ShellException.failure("cannot write " + target + ": it is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw ShellException.failure("cannot write " + target + ": folder " + dir + " does not exist");
        }
        Path temp = null;
        boolean done = false;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
            R result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                result = body.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return result;
        } catch (IOException e) {
            throw ShellException.failure("cannot write " + target + ": " + (e.getMessage() != null ? e.getMessage()
                    : e.getClass().getSimpleName()));
        } finally {
            if (!done && temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the failure being reported matters more
                }
            }
        }
    }
}
