package dev.anaplanshell.e2e;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The packaged shell on a real pseudo-terminal (util-linux {@code script}), fed keystrokes like a user at a
 * keyboard. Waiting is on a condition over the output, signalled by the reading thread, with a deadline.
 */
final class Pty implements AutoCloseable {

    private static final Pattern ESCAPES = Pattern.compile(
            "\\u001B\\[[0-9;?<=>]*[ -/]*[@-~]|\\u001B\\][^\\u0007\\u001B]*(\\u0007|\\u001B\\\\)|\\u001B[()][0-9A-Za-z]"
                    + "|\\u001B[=>78DEHM]|\\r|\\u0007");
    private static final Pattern PROMPT_AT_END = Pattern.compile("(?s).*anaplan[^\\n]*> $");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final OutputStream keys;
    private final StringBuilder raw = new StringBuilder();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int mark;
    private boolean ended;

    private Pty(Process process) {
        this.process = process;
        this.keys = process.getOutputStream();
        Thread reader = new Thread(this::read, "pty-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("script", "-qec", "true", "/dev/null").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Starts {@code java -jar JAR ARGS} on a 200x50 terminal in {@code dir}. */
    static Pty start(Path dir, Map<String, String> env, String jar, String... args) throws IOException {
        return start(dir, env, 200, 50, jar, args);
    }

    /**
     * Starts {@code java -jar JAR ARGS} on a terminal {@code cols} wide and {@code rows} high in {@code dir}; the
     * pager and the size come from the terminal, not from this process's {@code PAGER}, {@code COLUMNS}, {@code LINES}.
     */
    static Pty start(Path dir, Map<String, String> env, int cols, int rows, String jar, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(jar));
        command.addAll(List.of(args));
        String line = "stty cols " + cols + " rows " + rows + "; exec java -jar "
                + String.join(" ", command.stream().map(Pty::quote).toList());
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", line, "/dev/null").directory(dir.toFile())
                .redirectErrorStream(true);
        pb.environment().keySet().removeAll(List.of("PAGER", "COLUMNS", "LINES"));
        pb.environment().put("TERM", "xterm-256color");
        pb.environment().putAll(env);
        return new Pty(pb.start());
    }

    /** Types a command and Enter, then waits for {@code expected} in what follows and a new prompt after it. */
    String run(String command, String expected) throws InterruptedException, IOException {
        int from = type(command + "\r");
        return await(text -> {
            int at = text.indexOf(expected);
            return at >= 0 && PROMPT_AT_END.matcher(text.substring(at)).matches();
        }, from, "'" + expected + "' then a prompt after: " + command);
    }

    /** Types keys (without Enter) and returns where the output stood. */
    int type(String typed) throws IOException {
        lock.lock();
        try {
            mark = raw.length();
        } finally {
            lock.unlock();
        }
        keys.write(typed.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return mark;
    }

    /** Waits until the output since {@code from}, without escape sequences, satisfies {@code condition}. */
    String await(Predicate<String> condition, int from, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        lock.lock();
        try {
            while (true) {
                String text = plain(raw.substring(from));
                if (condition.test(text)) {
                    return text;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || ended) {
                    throw new AssertionError("waited for " + what + "; the terminal shows:\n" + plain(raw.toString()));
                }
                changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    String output() {
        lock.lock();
        try {
            return raw.toString();
        } finally {
            lock.unlock();
        }
    }

    int exitCode() throws InterruptedException {
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the shell did not exit; the terminal shows:\n" + plain(output()));
        }
        return process.exitValue();
    }

    static String plain(String text) {
        return ESCAPES.matcher(text).replaceAll("");
    }

    private void read() {
        char[] buffer = new char[8192];
        try (Reader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                append(new String(buffer, 0, n));
            }
        } catch (IOException e) {
            // the process ended
        }
        lock.lock();
        try {
            ended = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void append(String text) {
        lock.lock();
        try {
            raw.append(text);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() throws IOException {
        keys.close();
        process.destroy();
    }
}
