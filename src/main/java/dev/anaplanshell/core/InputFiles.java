package dev.anaplanshell.core;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Files the shell reads for the user (scripts, CSV input, files to compare), read with bounds: a device such as
 * {@code /dev/zero} or {@code /dev/urandom} never ends, so it is refused; a pipe is read up to a limit; a script's
 * lines are at most {@value #MAX_LINE} characters and the whole at most {@value #MAX_SCRIPT}. Every failure is a
 * one-line usage error, never an {@code OutOfMemoryError}.
 */
public final class InputFiles {

    /** Longest line of a script or command, and longest expanded command line, in characters. */
    public static final int MAX_LINE = 1 << 20;
    /** Largest script, in characters. */
    public static final int MAX_SCRIPT = 1 << 26;
    /** Most bytes read from a pipe for a CSV file (a regular file's size is known and has its own limits). */
    public static final long MAX_PIPE = 1L << 30;

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFDIR = 0040000;

    private InputFiles() {
    }

    /**
     * Refuses what cannot be read as a file: a device ({@code /dev/zero}), a socket or a folder. A regular file and a
     * pipe ({@code /dev/stdin} from {@code |}) are fine.
     */
    public static void requireReadable(Path path) {
        int type;
        try {
            type = type(path);
        } catch (NoSuchFileException e) {
            throw ShellException.notFound("no such file: " + path);
        } catch (IOException e) {
            throw ShellException.usage("cannot read " + path + ": " + IoReasons.of(e));
        }
        if (type == S_IFDIR) {
            throw ShellException.usage("cannot read " + path + ": it is a directory");
        }
        if (type != S_IFREG && type != S_IFIFO) {
            throw ShellException.usage("cannot read " + path + ": it is a device, not a file");
        }
    }

    /** A file's text (UTF-8), refused as {@link #requireReadable} says, and at most {@link #MAX_PIPE} from a pipe. */
    public static Reader reader(Path path) throws IOException {
        requireReadable(path);
        InputStream in = Files.newInputStream(path);
        return new InputStreamReader(type(path) == S_IFIFO ? limited(in, path) : in, StandardCharsets.UTF_8);
    }

    /** A script file's lines, bounded. */
    public static List<String> scriptLines(Path path) {
        if (!Files.exists(path)) {
            throw ShellException.usage("script " + path + " does not exist");
        }
        requireReadable(path);
        try (InputStream in = Files.newInputStream(path)) {
            return scriptLines(in, path.toString());
        } catch (NoSuchFileException e) {
            throw ShellException.usage("script " + path + " does not exist");
        } catch (IOException e) {
            throw ShellException.usage("cannot read script " + path + ": " + IoReasons.of(e));
        }
    }

    /**
     * The lines of a script read from {@code in} (UTF-8; a line ends at LF, CR or CRLF), each at most
     * {@link #MAX_LINE} characters and all together at most {@link #MAX_SCRIPT}.
     */
    public static List<String> scriptLines(InputStream in, String origin) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        char[] buffer = new char[8192];
        long total = 0;
        boolean afterCr = false;
        boolean pending = false;
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            total += n;
            if (total > MAX_SCRIPT) {
                throw ShellException.usage(origin + ": script too long (more than " + grouped(MAX_SCRIPT)
                        + " characters)");
            }
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                if (c == '\n' || c == '\r') {
                    lines.add(line.toString());
                    line.setLength(0);
                    pending = false;
                } else {
                    if (line.length() >= MAX_LINE) {
                        throw tooLong(origin + ":" + (lines.size() + 1) + ": ");
                    }
                    line.append(c);
                    pending = true;
                }
            }
        }
        if (pending) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The error for a line over {@link #MAX_LINE}; {@code where} is {@code FILE:LINE: } or empty. */
    public static ShellException tooLong(String where) {
        return ShellException.usage(where + "line too long (more than " + grouped(MAX_LINE) + " characters)");
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The file type bits of {@code st_mode}; where the "unix" view is missing, regular, folder or pipe-like. */
    private static int type(Path path) throws IOException {
        try {
            return ((Integer) Files.getAttribute(path, "unix:mode")) & S_IFMT;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            var attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.isRegularFile() ? S_IFREG : attributes.isDirectory() ? S_IFDIR : S_IFIFO;
        }
    }

    private static InputStream limited(InputStream in, Path path) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(Math.max(0, n));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > MAX_PIPE) {
                    throw new IOException("more than " + grouped(MAX_PIPE) + " bytes from the pipe " + path);
                }
            }
        };
    }

}
