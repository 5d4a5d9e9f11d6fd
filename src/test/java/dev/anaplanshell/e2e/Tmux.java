package dev.anaplanshell.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A program in a real terminal: a tmux server of the test's own ({@code -L}), one pane of a given size, keys sent with
 * {@code send-keys} and the screen read with {@code capture-pane}. Waiting is polling the pane until a condition holds
 * or a deadline passes, never a fixed sleep.
 * <pre>{@code try (Tmux tmux = Tmux.start(dir, env, 80, 40, List.of(ShellProcess.LAUNCHER, "--sandbox"))) {
 *     tmux.awaitPrompt();
 *     String table = tmux.run("models list", "rows)");
 * }}</pre>
 */
final class Tmux implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(25);
    private static final Pattern PROMPT = Pattern.compile("anaplan[^\\n]*>");
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final String socket;
    private final Path exitFile;
    private Path socketPath;

    private Tmux(String socket, Path exitFile) {
        this.socket = socket;
        this.exitFile = exitFile;
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Runs {@code command} in {@code dir} on a terminal {@code cols} wide and {@code rows} high (no status line), with
     * SIGINT at its default and {@code env} added; the pager and the size come from the terminal, not from this
     * process's {@code PAGER}, {@code COLUMNS}, {@code LINES}.
     */
    static Tmux start(Path dir, Map<String, String> env, int cols, int rows, List<String> command)
            throws IOException, InterruptedException {
        Path conf = dir.resolve(".tmux.conf");
        Files.writeString(conf, """
                set -g status off
                set -g remain-on-exit on
                set -g history-limit 50000
                set -g default-shell /bin/sh
                """);
        int n = SERVERS.incrementAndGet();
        Tmux tmux = new Tmux("anaplan-it-" + ProcessHandle.current().pid() + "-" + n, dir.resolve(".tmux-exit-" + n));
        List<String> line = new ArrayList<>(List.of("env", "--default-signal=INT"));
        line.addAll(command);
        // the exit code is written to a file (tmux's #{pane_dead_status} is sometimes never filled in); the shell
        // around the program ignores Ctrl-C, which the program itself gets
        String script = "trap '' INT; " + String.join(" ", line.stream().map(Tmux::quote).toList()) + "; echo $? > "
                + quote(tmux.exitFile.toString());
        ProcessBuilder pb = new ProcessBuilder("tmux", "-L", tmux.socket, "-f", conf.toString(), "new-session", "-d",
                "-s", "t", "-x", String.valueOf(cols), "-y", String.valueOf(rows), "-c", dir.toString(), script);
        pb.environment().keySet().removeAll(List.of("PAGER", "COLUMNS", "LINES", "ANAPLAN_USER", "ANAPLAN_PASSWORD",
                "ANAPLAN_SHELL_OPTS", "TMUX"));
        pb.environment().putAll(env);
        tmux.check(pb);
        tmux.socketPath = Path.of(tmux.tmux("display-message", "-p", "#{socket_path}").strip());
        return tmux;
    }

    /** Types text as it is (no Enter). */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "t", "-l", text);
    }

    /** Presses keys by tmux's names: {@code Enter}, {@code Tab}, {@code C-c}, {@code C-u}... */
    void press(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /**
     * Where the output stands: the index of the cursor's line (the prompt's, when at a prompt, even with completion
     * candidates listed below it).
     */
    int mark() throws IOException, InterruptedException {
        String row = tmux("display-message", "-p", "-t", "t", "#{cursor_y}").strip();
        String upToCursor = tmux("capture-pane", "-p", "-J", "-S", "-", "-E", row, "-t", "t");
        return Math.max(0, trimmed(upToCursor).lines().toList().size() - 1);
    }

    /** Everything shown from line {@code from} on, wrapped lines joined, without trailing blanks. */
    String since(int from) throws IOException, InterruptedException {
        List<String> all = lines();
        return String.join("\n", all.subList(Math.min(from, all.size()), all.size()));
    }

    /** What the screen shows now (an alternate screen, such as a pager's, included). */
    String screen() throws IOException, InterruptedException {
        return trimmed(tmux("capture-pane", "-p", "-t", "t"));
    }

    /** The whole output with colours and other attributes as escape sequences. */
    String withAttributes() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-e", "-J", "-S", "-", "-t", "t");
    }

    /** The cursor's line up to the cursor, with the blanks typed before it (which a capture drops). */
    String upToCursor() throws IOException, InterruptedException {
        String[] at = tmux("display-message", "-p", "-t", "t", "#{cursor_x} #{cursor_y}").strip().split(" ");
        int x = Integer.parseInt(at[0]);
        String row = tmux("capture-pane", "-p", "-t", "t").split("\n", -1)[Integer.parseInt(at[1])];
        return x <= row.length() ? row.substring(0, x) : row + " ".repeat(x - row.length());
    }

    /** Waits until what is shown from line {@code from} on satisfies {@code condition}; returns it. */
    String await(Predicate<String> condition, int from, String what) throws IOException, InterruptedException {
        return poll(() -> since(from), condition, what);
    }

    /** Waits until the screen satisfies {@code condition}; returns it. */
    String awaitScreen(Predicate<String> condition, String what) throws IOException, InterruptedException {
        return poll(this::screen, condition, what);
    }

    /** Waits for a prompt on the last line. */
    void awaitPrompt() throws IOException, InterruptedException {
        await(Tmux::endsAtPrompt, 0, "a prompt");
    }

    /**
     * Types a line and Enter, then waits until what is shown from that line on satisfies {@code until} (a question,
     * a password prompt, a request on its way); returns it.
     */
    String enter(String line, Predicate<String> until, String what) throws IOException, InterruptedException {
        int from = mark();
        type(line);
        press("Enter");
        return await(until, from, what);
    }

    /** Types a command and Enter, then waits for {@code expected} in what follows and a new prompt after it. */
    String run(String command, String expected) throws IOException, InterruptedException {
        return enter(command, text -> {
            int at = text.indexOf(expected, text.indexOf('\n') + 1);
            return at >= 0 && endsAtPrompt(text.substring(at));
        }, "'" + expected + "' then a prompt after: " + command);
    }

    /** Whether the last line shown is a prompt with nothing typed after it. */
    static boolean endsAtPrompt(String text) {
        String last = text.substring(text.lastIndexOf('\n') + 1);
        return PROMPT.matcher(last).matches();
    }

    /** Waits for the program to end and returns its exit code. */
    int exitCode() throws IOException, InterruptedException {
        String status = poll(() -> Files.exists(exitFile) ? Files.readString(exitFile) : "",
                s -> s.strip().matches("\\d+"), "the program to end");
        return Integer.parseInt(status.strip());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        if (socketPath != null) {
            Files.deleteIfExists(socketPath); // the server leaves it behind
        }
    }

    private interface Capture {
        String get() throws IOException, InterruptedException;
    }

    private String poll(Capture capture, Predicate<String> condition, String what)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            String text = capture.get();
            if (condition.test(text)) {
                return text;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + TIMEOUT.toSeconds() + " s for " + what
                        + "; the terminal shows:\n" + since(0));
            }
            LockSupport.parkNanos(POLL_NANOS); // between two looks at the pane, not a wait for the condition
        }
    }

    private List<String> lines() throws IOException, InterruptedException {
        return trimmed(tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "t")).lines().toList();
    }

    private static String trimmed(String capture) {
        List<String> lines = new ArrayList<>(capture.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        return check(new ProcessBuilder(command));
    }

    private String check(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", pb.command()) + " failed: " + out);
        }
        return out;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
