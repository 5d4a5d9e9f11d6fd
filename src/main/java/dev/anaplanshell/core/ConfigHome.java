package dev.anaplanshell.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** The configuration folder ({@code ANAPLAN_SHELL_HOME}, default {@code ~/.anaplan-shell}): owner-only. */
public final class ConfigHome {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private ConfigHome() {
    }

    public static Path resolve() {
        String env = System.getenv("ANAPLAN_SHELL_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".anaplan-shell");
    }

    /** Creates the folder if needed and makes it 0700. */
    public static Path ensure(Path home) throws IOException {
        Files.createDirectories(home);
        if (POSIX) {
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        }
        return home;
    }

    /** What runs while a configuration file is locked. */
    @FunctionalInterface
    public interface Locked<T> {
        T run() throws IOException;
    }

    /** Threads of this JVM wait here; other processes on the lock file. */
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    /**
     * Runs a read-modify-write of {@code file} in the configuration folder holding its lock ({@code .NAME.lock}
     * beside it, 0600): two shells adding a profile at once both keep theirs, where each would otherwise write its
     * own reading of the file over the other's.
     */
    public static <T> T locked(Path file, Locked<T> action) throws IOException {
        Path home = file.toAbsolutePath().getParent();
        ensure(home);
        Path lock = home.resolve("." + file.getFileName() + ".lock");
        ReentrantLock inJvm = LOCKS.computeIfAbsent(lock, p -> new ReentrantLock());
        inJvm.lock();
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            if (POSIX) {
                Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-------"));
            }
            return action.run();
        } finally {
            inJvm.unlock();
        }
    }

    /** Creates the file if needed and makes it 0600. */
    public static void ensurePrivateFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
