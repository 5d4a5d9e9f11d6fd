package dev.anaplanshell.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import dev.anaplanshell.core.ConfigHome;

import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history, minus what must not be kept: lines the {@link SecretFilter} flags, and anything typed at a
 * masked prompt (while {@link #suspend} is on). The file stays owner-only after every rewrite.
 */
final class FilteringHistory extends DefaultHistory {

    private final SecretFilter secrets;
    private final Path file;
    private volatile boolean suspended;

    FilteringHistory(SecretFilter secrets, Path file) {
        this.secrets = secrets;
        this.file = file;
    }

    void suspend(boolean on) {
        suspended = on;
    }

    @Override
    public void add(Instant time, String line) {
        if (suspended || secrets.isSecret(line)) {
            return;
        }
        super.add(time, line);
    }

    @Override
    public void save() throws IOException {
        super.save();
        keepPrivate();
    }

    void keepPrivate() throws IOException {
        ConfigHome.ensurePrivateFile(file);
    }
}
