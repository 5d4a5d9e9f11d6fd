package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.e2e.ShellProcess.Run;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every export command, run by the packaged jar on a sandbox that answers 429, 500 and 503 and drops connections
 * at random, produces exactly the bytes of a run on a well-behaved sandbox, and exits 0. Login goes through the
 * faults too. Add new export commands to {@link #EXPORTS}.
 */
class FaultyServiceIT {

    private static final String FAULTS = "429=0.1,500=0.05,503=0.05,reset=0.02";

    /** The export commands; {@code %s} is the file to write, for those that write one (compared too). */
    static final List<String> EXPORTS = List.of(
            "lineitems export %s",
            "lineitems list -o csv",
            "models list -o csv",
            "modules list -o csv",
            "workspaces list -o csv");

    /** What one script did: its exit code, standard output and error, and the files it wrote. */
    record Exports(Run run, List<byte[]> files) {
    }

    @TempDir
    static Path dir;
    private static Exports calm;

    @BeforeAll
    static void runWithoutFaults() throws Exception {
        calm = exports("calm");
        assertThat(calm.run().exitCode()).as(calm.run().err()).isZero();
        assertThat(calm.run().err()).isEmpty();
        assertThat(calm.run().out()).contains("Acme Planning", "FP&A Plan", "REP01 P&L Summary");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void should_export_byte_identical_output_through_random_faults(long seed) throws Exception {
        Exports faulty = exports("faulty-" + seed, "--sandbox-faults", FAULTS, "--sandbox-faults-seed",
                Long.toString(seed));
        assertThat(faulty.run().exitCode()).as(faulty.run().err()).isZero();
        assertThat(faulty.run().err()).isEmpty();
        assertThat(faulty.run().stdout()).isEqualTo(calm.run().stdout());
        assertThat(faulty.files()).hasSameSizeAs(calm.files());
        for (int i = 0; i < calm.files().size(); i++) {
            assertThat(faulty.files().get(i)).isEqualTo(calm.files().get(i));
        }
    }

    @Test
    void should_fail_with_one_line_and_exit_5_where_retries_are_switched_off() throws Exception {
        Run faulty = exports("no-retries", "--sandbox-faults", "503=0.5", "--sandbox-faults-seed", "1",
                "--max-retries", "0").run();
        assertThat(faulty.exitCode()).isEqualTo(5);
        assertThat(faulty.err()).startsWith("error: ").contains("HTTP 503").hasLineCount(1);
    }

    /** Runs every export in one script, quietly, so that only the data is printed. */
    private static Exports exports(String name, String... options) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(dir.resolve(name));
        List<Path> files = new ArrayList<>();
        StringBuilder script = new StringBuilder("use-model 'FP&A Plan'\n");
        for (String export : EXPORTS) {
            if (export.contains("%s")) {
                files.add(folder.resolve("export-" + files.size() + ".csv"));
                script.append(export.formatted(files.get(files.size() - 1))).append('\n');
            } else {
                script.append(export).append('\n');
            }
        }
        Path scriptFile = Files.writeString(folder.resolve("exports.anaplan"), script);
        List<String> args = new ArrayList<>(List.of("--sandbox", "--quiet", "--no-color"));
        args.addAll(List.of(options));
        args.addAll(List.of("-f", scriptFile.toString()));
        Run run = ShellProcess.jar(folder).timeout(Duration.ofMinutes(5)).run(args);
        List<byte[]> written = new ArrayList<>();
        for (Path f : files) {
            written.add(Files.exists(f) ? Files.readAllBytes(f) : new byte[0]);
        }
        return new Exports(run, written);
    }
}
