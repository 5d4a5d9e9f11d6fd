package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import dev.anaplanshell.e2e.ShellProcess.Run;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code .tar.gz} as a user installs it: unpacked into a fresh folder, the launcher run from other folders,
 * through a symlink on the PATH, with the Java it finds; its class-data-sharing archive made on the first run.
 */
class DistributionIT {

    private static final String TARBALL = System.getProperty("anaplan.shell.tarball",
            "target/anaplan-shell-dist.tar.gz");

    /** Resolves {@code anaplan-shell} with the child's PATH, as a user's shell does. */
    private static final String[] ON_PATH = {"sh", "-c", "exec anaplan-shell \"$@\""};

    @TempDir
    static Path install;

    private static Path launcher;

    @TempDir
    Path elsewhere;

    @BeforeAll
    static void unpack() throws Exception {
        launcher = unpackInto(install);
    }

    /** Unpacks the tar.gz into {@code folder}; returns its launcher. */
    private static Path unpackInto(Path folder) throws Exception {
        Process tar = new ProcessBuilder("tar", "xzf", Path.of(TARBALL).toAbsolutePath().toString(), "-C",
                folder.toString()).inheritIO().start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS) && tar.exitValue() == 0).as("tar xzf " + TARBALL).isTrue();
        try (var top = Files.list(folder)) {
            Path home = top.filter(p -> p.getFileName().toString().startsWith("anaplan-shell-")).findFirst().orElseThrow();
            return home.resolve("bin/anaplan-shell");
        }
    }

    /** The start-up archive's and the AOT cache's files in lib/, temporary ones included. */
    private static List<String> archiveFiles(Path launcher) throws IOException {
        try (var files = Files.list(launcher.getParent().getParent().resolve("lib"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.startsWith("anaplan-shell.jsa") || f.startsWith("anaplan-shell.aot")).sorted().toList();
        }
    }

    @Test
    void should_unpack_to_a_launcher_and_a_lib_folder_without_a_prebuilt_archive() {
        Path home = launcher.getParent().getParent();
        assertThat(Files.isExecutable(launcher)).isTrue();
        assertThat(home.resolve("lib/anaplan-shell.jar")).isRegularFile();
        assertThat(home.resolve("lib/commons-cli-1.11.0.jar")).isRegularFile();
        assertThat(home.resolve("lib/anaplan-shell.classlist")).as("the build's training, for the first run's archive")
                .content().contains("dev/anaplanshell/client/FlatRowReader")
                .as("the interactive prompt was trained too").contains("org/jline/reader/impl/LineReaderImpl");
    }

    @Test
    void should_ship_the_readme_and_the_docs_that_help_points_to() throws Exception {
        Path home = launcher.getParent().getParent();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("docs/commands.md")).isRegularFile();
        assertThat(home.resolve("docs/exit-codes.md")).isRegularFile();
        assertThat(home.resolve("docs/reference.md")).as("the generated command reference").content()
                .contains("### `lineitems export`", "Usage: lineitems export FILE");
        Run help = run(elsewhere, Map.of(), launcher.toString(), "-c", "help lineitems export");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("docs/commands.md in the install folder");
    }

    @Test
    void should_cover_the_export_path_in_the_archive_even_when_the_first_command_is_help() throws Exception {
        Path fresh = unpackInto(Files.createDirectories(elsewhere.resolve("fresh")));
        assertThat(archiveFiles(fresh)).isEmpty();

        Run help = run(elsewhere, Map.of(), fresh.toString(), "-c", "help");
        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.err()).as("no note when standard error is not a terminal").isEmpty();
        assertThat(archiveFiles(fresh)).containsExactly("anaplan-shell.jsa", "anaplan-shell.jsa.stamp");

        Path classes = elsewhere.resolve("classes.log");
        Run export = run(elsewhere, Map.of("ANAPLAN_SHELL_OPTS", "-Xlog:class+load=info:file=" + classes),
                fresh.toString(), "--sandbox", "-c", "use-model 'FP&A Plan'; lineitems export li.csv");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(classes)).as("the export's classes come from the archive")
                .containsPattern("dev\\.anaplanshell\\.client\\.FlatRowReader source: shared objects file")
                .containsPattern("dev\\.anaplanshell\\.client\\.ParallelArrayStreamer source: shared objects file");
    }

    @Test
    void should_make_the_archive_on_warm_up_and_leave_no_file_when_the_first_run_is_killed() throws Exception {
        Path fresh = unpackInto(Files.createDirectories(elsewhere.resolve("fresh")));
        Process first = ShellProcess.launcher(elsewhere, "setsid", fresh.toString()).stdout(ProcessBuilder.Redirect.DISCARD)
                .stderr(ProcessBuilder.Redirect.DISCARD).start("-c", "help");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (first.descendants().noneMatch(DistributionIT::dumpsAnArchive)) {
            assertThat(first.isAlive() && System.nanoTime() < deadline).as("the first run makes the archive").isTrue();
            Thread.onSpinWait();
        }
        // a hang-up for the whole session, as when the terminal is closed
        Process hup = new ProcessBuilder("kill", "-HUP", "--", "-" + first.pid()).start();
        assertThat(hup.waitFor(10, TimeUnit.SECONDS) && hup.exitValue() == 0).isTrue();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(archiveFiles(fresh)).as("no temporary archive left").isEmpty();

        Run warmUp = run(elsewhere, Map.of(), fresh.toString(), "--warm-up");
        assertThat(warmUp.exitCode()).as(warmUp.err()).isZero();
        assertThat(warmUp.out()).startsWith("anaplan-shell: start-up archive written to ");
        assertThat(archiveFiles(fresh)).containsExactly("anaplan-shell.jsa", "anaplan-shell.jsa.stamp");
    }

    private static boolean dumpsAnArchive(ProcessHandle process) {
        return process.info().arguments().map(args -> List.of(args).contains("-Xshare:dump")).orElse(false);
    }

    @Test
    void should_make_an_aot_cache_on_warm_up_with_java_25_and_start_quietly_from_it() throws Exception {
        Path java = javaAtLeast(25);
        assumeTrue(java != null, "no Java 25 or newer in /usr/lib/jvm (a release file with JAVA_VERSION >= 25): "
                + "the launcher's AOT cache is not tested");
        Map<String, String> env = Map.of("JAVA_HOME", java.toString());
        Path fresh = unpackInto(Files.createDirectories(elsewhere.resolve("fresh")));

        // a hang-up for the whole session while the training runs, as when the terminal is closed
        Process killed = ShellProcess.launcher(elsewhere, "setsid", fresh.toString()).env(env)
                .stdout(ProcessBuilder.Redirect.DISCARD).stderr(ProcessBuilder.Redirect.DISCARD).start("--warm-up");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        ProcessHandle training;
        while ((training = killed.descendants().filter(DistributionIT::trainsAnAotCache).findFirst().orElse(null))
                == null) {
            assertThat(killed.isAlive() && System.nanoTime() < deadline).as("the warm-up runs its training").isTrue();
            Thread.onSpinWait();
        }
        Process hup = new ProcessBuilder("kill", "-HUP", "--", "-" + killed.pid()).start();
        assertThat(hup.waitFor(10, TimeUnit.SECONDS) && hup.exitValue() == 0).isTrue();
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(training.isAlive()).as("the training JVM stopped with the warm-up").isFalse();
        assertThat(archiveFiles(fresh)).as("no temporary folder, no cache")
                .containsExactly("anaplan-shell.jsa", "anaplan-shell.jsa.stamp");

        Run warmUp = run(elsewhere, env, fresh.toString(), "--warm-up");
        assertThat(warmUp.exitCode()).as(warmUp.err()).isZero();
        assertThat(warmUp.out()).contains("anaplan-shell: AOT cache written to ");
        assertThat(archiveFiles(fresh)).as(warmUp.out()).containsExactly("anaplan-shell.aot", "anaplan-shell.aot.stamp",
                "anaplan-shell.jsa", "anaplan-shell.jsa.stamp");

        // without the static archive, a run that does not use the cache would make the archive again
        Files.delete(fresh.getParent().getParent().resolve("lib/anaplan-shell.jsa"));
        Run help = run(elsewhere, env, fresh.toString(), "-c", "help");
        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.err()).as("no JVM or AOT messages").isEmpty();
        assertThat(help.out()).as("what Java 17 prints, nothing more")
                .isEqualTo(run(elsewhere, Map.of(), launcher.toString(), "-c", "help").out());
        assertThat(archiveFiles(fresh)).as("the cache served: no archive made")
                .doesNotContain("anaplan-shell.jsa");

        Path classes = elsewhere.resolve("classes.log");
        Run logged = run(elsewhere, Map.of("JAVA_HOME", java.toString(),
                "JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + classes), fresh.toString(), "-c", "help");
        assertThat(logged.exitCode()).as(logged.err()).isZero();
        assertThat(Files.readString(classes)).as("classes come from the AOT cache")
                .containsPattern("dev\\.anaplanshell\\.shell\\.ShellRunner source: shared objects file");
    }

    private static boolean trainsAnAotCache(ProcessHandle process) {
        return process.info().arguments().map(args -> List.of(args).contains("-XX:AOTMode=record")).orElse(false);
    }

    /** A JDK in /usr/lib/jvm whose release file says Java {@code major} or newer; null when there is none. */
    private static Path javaAtLeast(int major) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (var homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                if (Files.isExecutable(home.resolve("bin/java")) && Files.isRegularFile(release)) {
                    var version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
                    if (version.find() && Integer.parseInt(version.group(1)) >= major) {
                        return home;
                    }
                }
            }
        }
        return null;
    }

    @Test
    void should_print_the_version_from_another_folder_without_starting_the_shell() throws Exception {
        Run run = run(elsewhere, Map.of(), launcher.toString(), "--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("anaplan-shell \\d+\\.\\d+\\.\\d+.*\\n");
        assertThat(run.err()).isEmpty();
        Run help = run(elsewhere, Map.of(), launcher.toString(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: anaplan-shell").contains("--sandbox");
    }

    @Test
    void should_export_through_a_symlink_on_the_path_then_use_the_archive_its_first_run_made() throws Exception {
        Path bin = Files.createDirectories(elsewhere.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("anaplan-shell"), launcher);
        Map<String, String> path = Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH"));

        Run first = run(elsewhere, path, ON_PATH, "sh", "--sandbox", "-c",
                "use-model 'FP&A Plan'; lineitems export li.csv");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("Exported \\d{3,} line items to li.csv");
        assertThat(first.err()).as("no JVM or CDS warnings").isEmpty();
        assertThat(Files.readAllLines(elsewhere.resolve("li.csv")).get(0)).startsWith("id,name,moduleId");
        Path archive = launcher.getParent().getParent().resolve("lib/anaplan-shell.jsa");
        assertThat(archive).as("made by the first run").isRegularFile();

        Path classes = elsewhere.resolve("classes.log");
        Run second = run(elsewhere, Map.of("PATH", path.get("PATH"),
                "ANAPLAN_SHELL_OPTS", "-Xlog:class+load=info:file=" + classes), ON_PATH, "sh", "--sandbox", "-c",
                "use-model nosuchmodel");
        assertThat(second.exitCode()).as("exit codes pass through the launcher").isEqualTo(4);
        assertThat(Files.readString(classes)).as("classes come from the archive")
                .containsPattern("dev\\.anaplanshell\\.shell\\.ShellRunner source: shared objects file");
    }

    @Test
    void should_keep_memory_flat_exporting_a_large_model_in_a_small_heap() throws Exception {
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(SandboxOptions.builder().scaleLineItems(30_000).build())) {
            String url = sandbox.baseUrl().toString();
            Path script = elsewhere.resolve("export.anaplan");
            Files.writeString(script, "login\nuse-model 'Scale Model'\nlineitems export scale.csv\n");
            Run run = run(elsewhere, Map.of("ANAPLAN_USER", "demo@example.com", "ANAPLAN_PASSWORD", "demo",
                    "ANAPLAN_SHELL_OPTS", "-Xmx48m"), launcher.toString(), "--auth-url", url, "--api-url", url,
                    "-f", script.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Exported 30000 line items to scale.csv");
            try (var lines = Files.lines(elsewhere.resolve("scale.csv"))) {
                assertThat(lines.count()).isEqualTo(30_001);
            }
        }
    }

    @Test
    void should_refuse_a_java_older_than_17_with_a_clear_message() throws Exception {
        Path oldJdk = Files.createDirectories(elsewhere.resolve("jdk-11/bin"));
        Files.writeString(oldJdk.getParent().resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path java = Files.writeString(oldJdk.resolve("java"), "#!/bin/sh\necho should not run >&2\nexit 99\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Run run = run(elsewhere, Map.of("JAVA_HOME", oldJdk.getParent().toString()), launcher.toString(), "--version");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("anaplan-shell: Java 11.0.2 found").contains("Java 17 or newer is needed")
                .hasLineCount(1);

        Run missing = run(elsewhere, Map.of("JAVA_HOME", elsewhere.resolve("nothing").toString()), launcher.toString(),
                "--version");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("anaplan-shell: JAVA_HOME is ").hasLineCount(1);
    }

    private Run run(Path dir, Map<String, String> env, String[] prefix, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(prefix));
        command.addAll(List.of(args));
        return run(dir, env, command.toArray(String[]::new));
    }

    private Run run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        return ShellProcess.launcher(dir, command).env(env).run();
    }
}
