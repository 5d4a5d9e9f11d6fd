package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.anaplanshell.AnaplanShellApplication;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.InputFiles;
import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs without an end ({@code /dev/zero}, a pipe that never stops, a variable doubled again and again) end in one
 * clear line and exit 2, never in an {@code OutOfMemoryError} or a stack trace.
 */
class BoundedInputTest {

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");

    private static void assertOneLine(Result r, String expected) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).hasLineCount(1).startsWith("error: ").contains(expected)
                .doesNotContain("OutOfMemoryError", "heap space", "Exception");
    }

    @Test
    void should_refuse_a_device_as_a_script_before_starting() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Launcher launcher = new Launcher(AnaplanShellApplication.class, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(launcher.run(new String[] {"-f", "/dev/zero"})).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("error: cannot read /dev/zero: it is a device, not a file\n");
    }

    @Test
    void should_refuse_devices_for_run_diff_and_from() {
        assertOneLine(shell.run("run /dev/zero"), "cannot read /dev/zero: it is a device, not a file");
        assertOneLine(shell.run("diff /dev/zero /dev/urandom --key id"), "it is a device, not a file");
        assertOneLine(shell.run("cells write 'DAT02 Revenue Actuals' --yes --from /dev/zero"), "it is a device");
        assertOneLine(shell.run("lists add Countries --from /dev/urandom"), "it is a device");
        assertThat(shell.run("status").exitCode()).isZero();
    }

    @Test
    void should_stop_reading_a_script_pipe_at_a_line_too_long() throws Exception {
        Path fifo = dir.resolve("endless");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0).isTrue();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] zeros = new byte[1 << 16];
                for (int i = 0; i < 64; i++) { // 4 MB without a line break: more than a line may hold
                    out.write(zeros);
                }
            } catch (IOException closedByTheReader) {
                // the shell stopped reading: expected
            }
        });
        assertOneLine(shell.run("run " + fifo), fifo + ":1: line too long (more than 1,048,576 characters)");
        writer.get(30, TimeUnit.SECONDS);
    }

    @Test
    void should_refuse_a_variable_that_doubles_past_the_limit() {
        shell.ok("set x " + "y".repeat(300_000));
        shell.ok("set x ${x}${x}");
        Result r = shell.run("set x ${x}${x}");
        assertOneLine(r, "line too long with its variables expanded");
        assertOneLine(shell.run("set x " + "y".repeat(InputFiles.MAX_LINE + 1)), "line too long");
        shell.ok("unset x");
    }

    @Test
    void should_read_scripts_with_the_line_breaks_of_every_platform() throws Exception {
        assertThat(InputFiles.scriptLines(new java.io.ByteArrayInputStream("a\r\nb\rc\n\nd".getBytes()), "x"))
                .containsExactly("a", "b", "c", "", "d");
    }
}
