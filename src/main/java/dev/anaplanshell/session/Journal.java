package dev.anaplanshell.session;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.core.Secrets;

/**
 * The commands of this session as typed (secrets redacted), with their exit codes, and the recording in progress:
 * {@code history} reads the first, {@code record stop} writes the second. Commands of a script run by {@code run}
 * are not entries of their own: the {@code run} line is.
 */
public final class Journal {

    /**
     * One command of the session: {@code line} as {@code history} shows it (secrets starred), and {@code replay} as
     * a script replays it, or null when a replay does not need it or it would hold a secret.
     */
    public record Entry(int number, String line, int exitCode, String replay) {
    }

    /** What {@code record start} began: the commands that succeeded since, as script lines. */
    public record Recording(Path file, Instant started, List<String> lines) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Predicate<String> secret;
    private Recording recording;
    private int nested;
    private boolean confirmed;

    /** A journal that knows no live secret: only lines that look secret are kept out ({@link Secrets}). */
    public Journal() {
        this(Secrets::looksSecret);
    }

    /**
     * @param secret the session's secret rule (the shell's {@code SecretFilter}: {@link Secrets} and the live
     *        password and token), the history file's too
     */
    public Journal(Predicate<String> secret) {
        this.secret = secret;
    }

    /**
     * The command running was confirmed at its question ({@code [y/N]}): its replay gets {@code --yes}, as a script
     * never asks.
     */
    public synchronized void confirmed() {
        confirmed = true;
    }

    public synchronized void add(String typed, int exitCode) {
        boolean yes = confirmed;
        confirmed = false;
        if (nested > 0 || typed.isBlank()) {
            return;
        }
        String replay = ScriptText.replayable(typed).map(line -> yes ? line + " --yes" : line)
                .filter(line -> !secret.test(line)).orElse(null);
        String shown = secret.test(typed) ? hidden(typed) : Secrets.redact(typed);
        entries.add(new Entry(entries.size() + 1, shown, exitCode, replay));
        if (recording != null && exitCode == 0 && replay != null) {
            recording.lines().add(replay);
        }
    }

    /** A secret line as {@code history} shows it: its secret options starred, or only its first word. */
    private String hidden(String typed) {
        String redacted = Secrets.redact(typed);
        if (!secret.test(redacted)) {
            return redacted;
        }
        String stripped = typed.strip();
        int blank = stripped.indexOf(' ');
        return (blank < 0 ? stripped : stripped.substring(0, blank)) + " " + Secrets.REDACTED;
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void startRecording(Path file, Instant at) {
        if (recording != null) {
            throw ShellException.usage("already recording to " + recording.file() + ": 'record stop' first");
        }
        recording = new Recording(file, at, new ArrayList<>());
    }

    public synchronized void stopRecording() {
        recording = null;
    }

    /** The recording in progress (a copy), or null. */
    public synchronized Recording recording() {
        return recording == null ? null
                : new Recording(recording.file(), recording.started(), List.copyOf(recording.lines()));
    }

    /** Commands run by a nested script are not journaled one by one. */
    public synchronized void enterScript() {
        nested++;
    }

    public synchronized void leaveScript() {
        nested--;
    }
}
