package dev.anaplanshell.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written whole or not at all, with the permissions a user expects: those of any new file there (the umask),
 * or those of the file replaced; tokens and settings private from the first byte.
 */
class AtomicFileTest {

    @TempDir
    Path dir;

    private Set<PosixFilePermission> modeOfANewFile() throws IOException {
        Path probe = dir.resolve("probe");
        Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW).close();
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(probe);
        Files.delete(probe);
        return mode;
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void should_give_an_export_the_permissions_of_any_new_file_there() throws IOException {
        Set<PosixFilePermission> expected = modeOfANewFile();
        Path csv = dir.resolve("lineitems.csv");

        AtomicFile.write(csv, writer -> {
            writer.write("id,name\n");
            return null;
        });

        assertThat(Files.readString(csv)).isEqualTo("id,name\n");
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(expected);
    }

    @Test
    void should_keep_the_permissions_of_the_file_it_replaces() throws IOException {
        Path csv = dir.resolve("lineitems.csv");
        Files.writeString(csv, "old\n");
        Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFile.writeBytes(csv, out -> {
            out.write("new\n".getBytes());
            return null;
        });

        assertThat(Files.readString(csv)).isEqualTo("new\n");
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    }

    @Test
    void should_keep_a_private_file_private_while_it_is_written_and_after() throws IOException {
        Path tokens = dir.resolve("oauth-tokens.json");
        AtomicFile.writePrivate(tokens, writer -> {
            writer.flush();
            List<Path> temporary = temporaryFiles();
            assertThat(temporary).hasSize(1);
            assertThat(Files.getPosixFilePermissions(temporary.get(0)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            writer.write("{}");
            return null;
        });
        assertThat(Files.getPosixFilePermissions(tokens)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void should_leave_the_previous_file_and_no_temporary_file_when_the_body_fails() throws IOException {
        Path csv = dir.resolve("lineitems.csv");
        Files.writeString(csv, "last night's export\n");

        assertThatThrownBy(() -> AtomicFile.write(csv, writer -> {
            writer.write("half a row");
            throw new IOException("the connection broke off");
        })).isInstanceOf(ShellException.class).hasMessage("cannot write " + csv + ": the connection broke off");

        assertThat(Files.readString(csv)).isEqualTo("last night's export\n");
        assertThat(temporaryFiles()).isEmpty();
    }
}
