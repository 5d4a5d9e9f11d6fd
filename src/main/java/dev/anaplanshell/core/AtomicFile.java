package dev.anaplanshell.core;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;


/**
 * Writes a file whole or not at all: into a temporary file beside the target, renamed over it when complete. A
 * symbolic link is followed and the file it leads to is replaced so; a device or a named pipe is written into
 * (nothing to rename over it), and {@code -} is standard output.
 * On any failure or interruption the temporary file is removed and a previous target is left untouched; if the JVM
 * stops midway (Ctrl-C, SIGTERM) a shutdown hook removes it. Exports, downloads and failure dumps all write here,
 * with the permissions of any new file (the umask) or of the file they replace; tokens and settings
 * ({@link #writePrivate}) are 0600 throughout.
 */
public final class AtomicFile {

    /** How long a write may take to stop after Ctrl-C before the JVM exits 130 (and the hook cleans up). */
    private static final long CTRL_C_GRACE_MS = 3000;

    /** What writes the content. */
    @FunctionalInterface
    public interface Body<R> {
        R write(Writer writer) throws IOException;
    }

    /** What writes the content as bytes (already encoded: large CSV exports encode a whole row at once). */
    @FunctionalInterface
    public interface BytesBody<R> {
        R write(OutputStream out) throws IOException;
    }

    /** What writes the content as bytes and may wait (downloads of many chunks); interrupted, nothing is written. */
    @FunctionalInterface
    public interface InterruptibleBody<R> {
        R write(OutputStream out) throws IOException, InterruptedException;
    }

    /** Large exports write many small cells: a bigger buffer means fewer system calls. */
    private static final int BUFFER = 1 << 16;

    /** Temporary files being written; removed by a shutdown hook if the JVM stops (Ctrl-C, kill) midway. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the JVM is stopping; nothing better to do
            }
        }), "atomic-file-cleanup"));
    }

    private AtomicFile() {
    }

    /** Writes text, UTF-8. */
    public static <R> R write(Path target, Body<R> body) {
        return writeBytes(target, text(body));
    }

    /**
     * Writes text, UTF-8, readable by the user alone from the first byte (0600): tokens and settings. Other files get
     * the permissions of any new file there (the umask), or keep those of the file they replace.
     */
    public static <R> R writePrivate(Path target, Body<R> body) {
        return withoutWaiting(target, true, text(body));
    }

    private static <R> BytesBody<R> text(Body<R> body) {
        return out -> {
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER)) {
                return body.write(writer);
            }
        };
    }

    /** Writes bytes, through a buffer. */
    public static <R> R writeBytes(Path target, BytesBody<R> body) {
        return withoutWaiting(target, false, body);
    }

    private static <R> R withoutWaiting(Path target, boolean privately, BytesBody<R> body) {
        try {
            return write(target, privately, body::write);
        } catch (InterruptedException e) { // a BytesBody does not wait: only for the compiler
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes bytes, through a buffer, from a body that may wait; interrupted, the target is left as it was. */
    public static <R> R writeInterruptibly(Path target, InterruptibleBody<R> body) throws InterruptedException {
        return write(target, false, body);
    }

    /** Whether {@code target} names the process's standard output ({@code -}, {@code /dev/stdout}...). */
    public static boolean isStandardOutput(Path target) {
        return descriptor(target) == FileDescriptor.out;
    }

    private static <R> R write(Path target, boolean privately, InterruptibleBody<R> body)
            throws InterruptedException {
        // Ctrl-C stops the write and its temporary file is removed (exit 130); at the prompt JLine leaves SIGINT to the
        // operating system, which would end the JVM without the hook that removes it. Settings and tokens are small
        // and quick: no trap.
        try (CtrlC trap = privately ? CtrlC.none() : CtrlC.trapOrExit(CTRL_C_GRACE_MS)) {
            try {
                FileDescriptor fd = descriptor(target);
                if (fd != null) {
                    return streamed(target, body, fd);
                }
                Path real = followed(target.toAbsolutePath());
                if (Files.exists(real) && !Files.isRegularFile(real) && !Files.isDirectory(real)) {
                    return streamed(target, body, real);
                }
                return replaced(target, real, privately, body);
            } catch (RuntimeException | InterruptedException e) {
                if (trap.pressed()) {
                    throw interrupted(target);
                }
                throw e;
            }
        }
    }

    /**
     * A device or a named pipe ({@code /dev/null}, a FIFO a reader waits on) is written into, never replaced: as
     * root, replacing {@code /dev/null} with a file would break the whole system.
     */
    private static <R> R streamed(Path target, InterruptibleBody<R> body, Path device) throws InterruptedException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(device, StandardOpenOption.WRITE),
                BUFFER)) {
            return body.write(out);
        } catch (IOException e) {
            throw ShellException.failure("cannot write " + target + ": " + IoReasons.of(e));
        }
    }

    /** Standard output ({@code -}): written into and flushed, and a failure (a full disk) is an error. */
    private static <R> R streamed(Path target, InterruptibleBody<R> body, FileDescriptor fd)
            throws InterruptedException {
        (fd == FileDescriptor.out ? System.out : System.err).flush();
        OutputStream out = new BufferedOutputStream(new FileOutputStream(fd), BUFFER);
        try {
            R result = body.write(out);
            out.flush(); // never closed: the descriptor stays the process's
            return result;
        } catch (IOException e) {
            throw ShellException.failure("cannot write to standard " + (fd == FileDescriptor.out ? "output" : "error")
                    + ": " + IoReasons.of(e));
        }
    }

    /**
     * {@code -}, {@code /dev/stdout} and the like: the process's own descriptor, never reopened (reopening a
     * redirected file would start writing at its beginning) and never followed to what it points at.
     */
    private static FileDescriptor descriptor(Path target) {
        String name = target.toString();
        return switch (name) {
            case "-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1" -> FileDescriptor.out;
            case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2" -> FileDescriptor.err;
            default -> null;
        };
    }

    /** Where a symbolic link leads (links to links too, dangling ones included); any other path itself. */
    private static Path followed(Path path) {
        Path p = path;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            try {
                Path link = Files.readSymbolicLink(p);
                p = p.resolveSibling(link).normalize();
            } catch (IOException e) {
                return p;
            }
        }
        return p;
    }

    /** A regular file (or none yet): written beside it and renamed over it, whole or not at all. */
    private static <R> R replaced(Path target, Path absolute, boolean privately, InterruptibleBody<R> body)
            throws InterruptedException {
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw ShellException.failure("cannot write " + target + ": it is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw ShellException.failure("cannot write " + target + ": folder " + dir + " does not exist");
        }
        Path temp;
        try {
            temp = temporary(absolute, privately);
        } catch (IOException e) {
            throw ShellException.failure("cannot write " + target + ": " + IoReasons.of(e));
        }
        PENDING.add(temp);
        boolean done = false;
        try {
            R result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER)) {
                result = body.write(out);
            }
            move(temp, absolute);
            done = true;
            return result;
        } catch (IOException e) {
            throw ShellException.failure("cannot write " + target + ": " + IoReasons.of(e));
        } finally {
            PENDING.remove(temp);
            if (!done) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the failure being reported matters more
                }
            }
        }
    }

    private static ShellException interrupted(Path target) {
        return new ShellException(ExitCodes.INTERRUPTED, "interrupted: " + target + " was not written");
    }

    /**
     * An empty temporary file beside {@code target}: 0600 when private, else made as any new file there (so the umask
     * applies, as to a file a user's other tools write) with the permissions of the file it will replace, if any.
     */
    private static Path temporary(Path target, boolean privately) throws IOException {
        Path dir = target.getParent();
        String prefix = "." + target.getFileName();
        if (privately) {
            return Files.createTempFile(dir, prefix, ".part");
        }
        while (true) {
            Path temp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".part");
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            if (Files.exists(target)) {
                try {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
                } catch (IOException | UnsupportedOperationException ignored) {
                    // not POSIX, or not ours to read: the new file keeps the permissions it was made with
                }
            }
            return temp;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
