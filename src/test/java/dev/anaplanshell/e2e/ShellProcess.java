package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shell as a process of its own, as a user runs it: the one way every {@code *IT} starts the packaged shell (through
 * the distribution's launcher) or another command. By default standard input is {@code /dev/null}, standard output and error are captured in files, the
 * configuration folder is {@code DIR/home} and the caller's {@code ANAPLAN_USER}, {@code ANAPLAN_PASSWORD} and
 * {@code ANAPLAN_SHELL_OPTS} are not passed on.
 * <pre>{@code Run run = ShellProcess.jar(dir).env("NO_COLOR", "1").run("--sandbox", "-c", "models list");}</pre>
 */
final class ShellProcess {

    /** The packaged jar the build made (Failsafe passes its path). */
    static final String JAR = Path.of(System.getProperty("anaplan.shell.jar", "target/anaplan-shell.jar"))
            .toAbsolutePath().toString();
    /**
     * The built distribution's launcher, which runs that jar as users run it: Spring AOT, lazy beans and the CDS
     * archive its first run makes, so a start costs about a third of a plain {@code java -jar}'s time.
     */
    static final String LAUNCHER = Path.of(System.getProperty("anaplan.shell.dist", "target/anaplan-shell-dist"),
            "bin", "anaplan-shell").toAbsolutePath().toString();

    /** What a finished run did. */
    record Run(int exitCode, byte[] stdout, String err) {

        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private final Path dir;
    private final List<String> command;
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> env = new HashMap<>();
    private boolean defaultSigInt;
    private Path cwd;
    private Redirect input = Redirect.from(new File("/dev/null"));
    private String typed;
    private Redirect stdout;
    private Redirect stderr;
    private Duration timeout = Duration.ofMinutes(3);
    private Path outFile;
    private Path errFile;

    private ShellProcess(Path dir, List<String> command) {
        this.dir = dir;
        this.command = command;
        this.cwd = dir;
    }

    /**
     * The packaged shell through the distribution's {@link #LAUNCHER}, with {@code dir} as working folder and home of
     * the configuration folder.
     */
    static ShellProcess jar(Path dir) {
        return new ShellProcess(dir, List.of());
    }

    /** Another way in: the distribution's launcher script, or a command that runs it. */
    static ShellProcess launcher(Path dir, String... command) {
        return new ShellProcess(dir, List.of(command));
    }

    /** Options for the JVM ({@code -Xmx256m}), passed as the launcher takes them ({@code ANAPLAN_SHELL_OPTS}). */
    ShellProcess jvm(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    /**
     * SIGINT at its default, even when this JVM was started with it ignored (as a background job's children are), so
     * that a test can send Ctrl-C.
     */
    ShellProcess withDefaultSigInt() {
        defaultSigInt = true;
        return this;
    }

    ShellProcess in(Path workingFolder) {
        cwd = workingFolder;
        return this;
    }

    ShellProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    ShellProcess env(Map<String, String> more) {
        env.putAll(more);
        return this;
    }

    ShellProcess input(Path file) {
        input = Redirect.from(file.toFile());
        return this;
    }

    /** Standard input is {@code text}, then its end. */
    ShellProcess input(String text) {
        input = Redirect.PIPE;
        typed = text;
        return this;
    }

    /** Where standard output goes instead of a file this class reads ({@link Redirect#DISCARD}, a pipe...). */
    ShellProcess stdout(Redirect to) {
        stdout = to;
        return this;
    }

    ShellProcess stderr(Redirect to) {
        stderr = to;
        return this;
    }

    ShellProcess timeout(Duration limit) {
        timeout = limit;
        return this;
    }

    /** Starts the shell with {@code args}; {@link #finish} waits for it. */
    Process start(String... args) throws IOException {
        return start(List.of(args));
    }

    Process start(List<String> args) throws IOException {
        List<String> line = new ArrayList<>();
        if (defaultSigInt) {
            line.addAll(List.of("env", "--default-signal=INT"));
        }
        line.addAll(command.isEmpty() ? List.of(LAUNCHER) : command);
        line.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(line).directory(cwd.toFile()).redirectInput(input);
        pb.environment().remove("ANAPLAN_USER");
        pb.environment().remove("ANAPLAN_PASSWORD");
        pb.environment().remove("ANAPLAN_SHELL_OPTS");
        pb.environment().put("ANAPLAN_SHELL_HOME", dir.resolve("home").toString());
        if (!jvmOptions.isEmpty()) {
            pb.environment().put("ANAPLAN_SHELL_OPTS", String.join(" ", jvmOptions));
        }
        pb.environment().putAll(env);
        Path outputs = null;
        if (stdout == null || stderr == null) {
            outputs = Files.createDirectories(dir.resolve(".shell-output"));
        }
        outFile = stdout == null ? Files.createTempFile(outputs, "stdout", ".txt") : null;
        errFile = stderr == null ? Files.createTempFile(outputs, "stderr", ".txt") : null;
        pb.redirectOutput(outFile == null ? stdout : Redirect.to(outFile.toFile()));
        pb.redirectError(errFile == null ? stderr : Redirect.to(errFile.toFile()));
        Process process = pb.start();
        if (typed != null) {
            try (OutputStream in = process.getOutputStream()) {
                in.write(typed.getBytes(StandardCharsets.UTF_8));
            }
        }
        return process;
    }

    /** Starts the shell with {@code args} and waits for it to end. */
    Run run(String... args) throws IOException, InterruptedException {
        return finish(start(args));
    }

    Run run(List<String> args) throws IOException, InterruptedException {
        return finish(start(args));
    }

    /** Waits for the shell last started to end (failing the test after the timeout); what it wrote to its files. */
    Run finish(Process process) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
        String err = errFile == null ? "" : Files.readString(errFile, StandardCharsets.UTF_8);
        assertThat(process.isAlive()).as("the shell did not finish within %s: %s", timeout, err).isFalse();
        return new Run(process.exitValue(), outFile == null ? new byte[0] : Files.readAllBytes(outFile), err);
    }
}
