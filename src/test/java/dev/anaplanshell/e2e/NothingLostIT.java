package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar killed in the middle of a large export or download (SIGTERM, and SIGINT as Ctrl-C sends it): no
 * partial or temporary file remains and the previous file at the target is intact.
 */
class NothingLostIT {

    private static final String PREVIOUS = "id,name\nlast night's export\n";

    /** Where the shell writes: only the target and the shell's standard error, so a leftover is seen. */
    @TempDir
    Path dir;

    /** The shell's configuration folder, apart. */
    @TempDir
    Path elsewhere;

    @Test
    void should_keep_the_previous_file_and_leave_no_partial_one_when_terminated_midway() throws Exception {
        Process shell = exportTheScaleModel(false);
        shell.destroy(); // SIGTERM
        assertNothingLost(shell);
    }

    @Test
    void should_keep_the_previous_file_and_leave_no_partial_one_on_ctrl_c() throws Exception {
        Process shell = exportTheScaleModel(true);
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(shell.pid())).inheritIO().start();
        assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertNothingLost(shell);
        assertThat(shell.exitValue()).isEqualTo(130);
    }

    @Test
    void should_keep_the_previous_file_and_leave_no_partial_one_when_a_download_is_terminated_midway()
            throws Exception {
        Process shell = start(List.of("--sandbox-export-mb", "200", "--sandbox-task-time", "0", "-c",
                "use-model 'FP&A Plan'; exports run 'Scale Export.csv' --out " + dir.resolve("lineitems.csv")),
                false);
        shell.destroy(); // SIGTERM
        assertNothingLost(shell);
    }

    /** Starts the export and returns once its temporary file exists, i.e. midway. */
    private Process exportTheScaleModel(boolean ctrlC) throws IOException {
        return start(List.of("--sandbox-line-items", "200000", "-c",
                "use-model 'Scale Model'; lineitems export " + dir.resolve("lineitems.csv")), ctrlC);
    }

    /**
     * Starts the shell on a slow sandbox writing lineitems.csv and returns once its temporary file exists; with
     * {@code ctrlC}, SIGINT at its default (a shell running a background job may have made it ignored).
     */
    private Process start(List<String> arguments, boolean ctrlC) throws IOException {
        Files.writeString(dir.resolve("lineitems.csv"), PREVIOUS);
        ShellProcess launch = ShellProcess.jar(elsewhere).stdout(ProcessBuilder.Redirect.DISCARD)
                .stderr(ProcessBuilder.Redirect.to(dir.resolve("stderr.txt").toFile()));
        List<String> command = new ArrayList<>(List.of("--sandbox", "--sandbox-latency-ms", "200"));
        command.addAll(arguments);
        Process shell = (ctrlC ? launch.withDefaultSigInt() : launch).start(command);
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(20))
                .failFast("the shell ended before writing", () -> !shell.isAlive())
                .until(() -> !temporaryFiles().isEmpty());
        return shell;
    }

    private void assertNothingLost(Process shell) throws Exception {
        assertThat(shell.waitFor(2, TimeUnit.MINUTES)).as("the shell stopped").isTrue();
        assertThat(shell.exitValue()).isNotZero();
        assertThat(temporaryFiles()).isEmpty();
        assertThat(Files.readString(dir.resolve("lineitems.csv"))).isEqualTo(PREVIOUS);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("lineitems.csv", "stderr.txt");
        }
    }

    private List<File> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).map(Path::toFile).toList();
        }
    }
}
