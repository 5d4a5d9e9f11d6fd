package dev.anaplanshell.shell;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import dev.anaplanshell.core.IoReasons;

/**
 * Standard output for scripts, {@code -c} and a single command, written to the descriptor itself so that a failed
 * write is seen ({@code System.out} swallows it): output to a full disk ({@code > /dev/full}) is an error, exit 1,
 * not a silently truncated listing. {@link CommandRunner} asks after every command ({@link #failure}).
 */
final class StandardOutput extends PrintWriter {

    private final Failing sink;

    private StandardOutput(Failing sink) {
        super(new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 13), false);
        this.sink = sink;
    }

    static StandardOutput open() {
        return to(new FileOutputStream(FileDescriptor.out));
    }

    /** The same over another stream (tests: {@code /dev/full}). */
    static StandardOutput to(OutputStream out) {
        return new StandardOutput(new Failing(out));
    }

    /** Why writing failed (flushing first), or null while it has not. */
    String failure() {
        flush();
        if (!checkError()) {
            return null;
        }
        return sink.reason != null ? sink.reason : IoReasons.UNKNOWN;
    }

    /** Keeps the first failure's reason: a {@code PrintWriter} keeps only that there was one. */
    private static final class Failing extends FilterOutputStream {
        volatile String reason;

        Failing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                reason = reason != null ? reason : e.getMessage();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            flush(); // the descriptor stays the process's
        }
    }
}
