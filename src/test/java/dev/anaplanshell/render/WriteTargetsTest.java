package dev.anaplanshell.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.anaplanshell.core.AtomicFile;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.ShellException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sun.misc.Signal;

/**
 * Writes respect what the target is: a device or a named pipe is written into (never replaced by a file), a symbolic
 * link is followed and the file it leads to replaced atomically, and Ctrl-C leaves no temporary file.
 */
class WriteTargetsTest {

    @TempDir
    Path dir;

    private static String type(Path p) throws IOException {
        int mode = (Integer) Files.getAttribute(p, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS) & 0170000;
        return switch (mode) {
            case 0010000 -> "fifo";
            case 0020000 -> "char device";
            case 0100000 -> "file";
            case 0120000 -> "link";
            default -> "other " + Integer.toOctalString(mode);
        };
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
    }

    private static Object write(Path target, String text) {
        return AtomicFile.write(target, w -> {
            w.write(text);
            return null;
        });
    }

    @Test
    void should_follow_a_symbolic_link_and_replace_its_target_atomically() throws Exception {
        Path real = dir.resolve("real.csv");
        Files.writeString(real, "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
        Path dangling = Files.createSymbolicLink(dir.resolve("new-link.csv"), dir.resolve("not-yet.csv"));

        write(link, "new\n");
        write(dangling, "first\n");

        assertThat(type(link)).isEqualTo("link");
        assertThat(Files.readString(real)).isEqualTo("new\n");
        assertThat(type(dangling)).isEqualTo("link");
        assertThat(Files.readString(dir.resolve("not-yet.csv"))).isEqualTo("first\n");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void should_write_into_a_named_pipe_and_leave_it_a_pipe() throws Exception {
        Path fifo = dir.resolve("pipe");
        run("mkfifo", fifo.toString());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        write(fifo, "id,name\r\n1,a\r\n");

        assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("id,name\r\n1,a\r\n");
        assertThat(type(fifo)).isEqualTo("fifo");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void should_write_into_a_device_and_report_a_full_one_in_one_line() throws Exception {
        assumeThat(System.getProperty("user.name")).as("mknod needs root: skipped as another user").isEqualTo("root");
        Path nul = dir.resolve("null");
        Path full = dir.resolve("full");
        run("mknod", nul.toString(), "c", "1", "3");
        run("mknod", full.toString(), "c", "1", "7");

        write(nul, "discarded\n");
        assertThatThrownBy(() -> write(full, "x".repeat(200_000))).isInstanceOf(ShellException.class)
                .hasMessage("cannot write " + full + ": No space left on device");

        assertThat(type(nul)).isEqualTo("char device");
        assertThat(type(full)).isEqualTo("char device");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void should_name_standard_output_and_not_other_files_as_such() {
        assertThat(AtomicFile.isStandardOutput(Path.of("-"))).isTrue();
        assertThat(AtomicFile.isStandardOutput(Path.of("/dev/stdout"))).isTrue();
        assertThat(AtomicFile.isStandardOutput(dir.resolve("-"))).isFalse();
    }

    @Test
    void should_stop_a_write_on_ctrl_c_and_leave_no_temporary_file() throws Exception {
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, "last night's export\n");

        assertThatThrownBy(() -> AtomicFile.writeInterruptibly(csv, out -> {
            out.write("half a row".getBytes(StandardCharsets.UTF_8));
            out.flush();
            Signal.raise(new Signal("INT"));
            // the trap interrupts this thread; the timeout only bounds a broken trap
            new CountDownLatch(1).await(20, TimeUnit.SECONDS);
            return null;
        })).isInstanceOfSatisfying(ShellException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.INTERRUPTED);
            assertThat(e.getMessage()).isEqualTo("interrupted: " + csv + " was not written");
        });

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(Files.readString(csv)).isEqualTo("last night's export\n");
        assertThat(temporaryFiles()).isEmpty();
    }
}
