package dev.anaplanshell.shell;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

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
