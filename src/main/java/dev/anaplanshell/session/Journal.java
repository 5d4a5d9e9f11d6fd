package dev.anaplanshell.session;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.shell.ShellException;

/**
 * The commands of this session as typed (secrets redacted), with their exit codes, and the recording in progress:
 * {@code history} reads the first, {@code record stop} writes the second. Commands of a script run by {@code run}
 * are not entries of their own: the {@code run} line is.
 */
public final class Journal {

    /** One command of the session. */
    public record Entry(int number, String line, int exitCode) {
    }

    /** What {@code record start} began: the commands that succeeded since, as script lines. */
    public record Recording(Path file, Instant started, List<String> lines) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private Recording recording;
    private int nested;

    public synchronized void add(String typed, int exitCode) {
        if (nested > 0 || typed.isBlank()) {
            return;
        }
        entries.add(new Entry(entries.size() + 1, ScriptText.redact(typed), exitCode));
        if (recording != null && exitCode == 0) {
            ScriptText.replayable(typed).ifPresent(recording.lines()::add);
        }
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
