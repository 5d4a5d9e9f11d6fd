package dev.anaplanshell.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import dev.anaplanshell.command.ScriptFiles;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.InputFiles;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.session.Journal;
import dev.anaplanshell.shell.seam.Quit;

import org.springframework.shell.core.InputReader;

/**
 * Runs scripts: those of the command line ({@code -c}, {@code -f}, standard input) and, nested, those of
 * {@code run FILE}. A failing command stops its script, whose exit code is that command's; with
 * {@code --continue-on-error} the script goes on and ends with the first failure's code. Ctrl-C always stops; {@code exit} (or {@code quit}) ends the script it is in.
 * Errors name the file and the line the command starts on, outermost script first; in a {@code -c} run of several
 * commands they name the command.
 */
public final class ScriptRunner implements ScriptFiles {

    /** How deep {@code run} may nest: deeper is almost surely a script running itself. */
    public static final int MAX_DEPTH = 10;

    private final CommandRunner commands;
    private final Journal journal;
    private final boolean continueOnError;
    private final Deque<Frame> frames = new ArrayDeque<>();

    public ScriptRunner(CommandRunner commands, Journal journal, boolean continueOnError) {
        this.commands = commands;
        this.journal = journal;
        this.continueOnError = continueOnError;
    }

    /** Runs the launcher's script; {@code run} inside it resolves relative paths against its folder. */
    public int run(ShellSettings.Script script, PrintWriter out, PrintWriter err, InputReader in) {
        return execute(script.origin(), ScriptLines.of(script.lines()), new Frame(script.folder(), err, in), out);
    }

    /**
     * Runs a script file for {@code run}: a relative path is resolved against the running script's folder (the
     * working folder at the prompt); errors go where the running script's go, else to {@code promptErr}.
     */
    @Override
    public int runFile(String file, PrintWriter out, PrintWriter promptErr, InputReader promptIn) {
        if (frames.size() >= MAX_DEPTH) {
            throw ShellException.usage("run: scripts nested more than " + MAX_DEPTH + " deep (does '" + file
                    + "' run itself?)");
        }
        Frame parent = frames.peek();
        Path path = parent == null ? Path.of(file) : parent.folder.resolve(file);
        List<String> lines = read(path);
        Frame frame = parent == null ? new Frame(folderOf(path), promptErr, promptIn)
                : new Frame(folderOf(path), parent.currentErr, parent.in);
        journal.enterScript();
        try {
            return execute(file, ScriptLines.of(lines), frame, out);
        } finally {
            journal.leaveScript();
        }
    }

    private int execute(String origin, List<ScriptLines.Line> lines, Frame frame, PrintWriter out) {
        frames.push(frame);
        try {
            int first = ExitCodes.OK;
            for (ScriptLines.Line line : lines) {
                // exit or quit ends a script, as it ends the prompt: what ran before decides the exit code
                if (Quit.is(line.text())) {
                    break;
                }
                frame.currentErr = origin != null ? new Prefixing(frame.err, origin + ":" + line.number() + ": ")
                        : lines.size() > 1 ? new Prefixing(frame.err, "'" + shortened(line.text()) + "': ")
                        : frame.err;
                int code = commands.run(line.text(), out, frame.currentErr, frame.in);
                if (code == ExitCodes.OK) {
                    continue;
                }
                if (!continueOnError || code == ExitCodes.INTERRUPTED) {
                    return code;
                }
                first = first == ExitCodes.OK ? code : first;
            }
            return first;
        } finally {
            out.flush();
            frames.pop();
        }
    }

    /** A {@code -c} command as its error names it: the first 60 characters. */
    private static String shortened(String command) {
        String text = command.strip();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static List<String> read(Path path) {
        return InputFiles.scriptLines(path);
    }

    private static Path folderOf(Path file) {
        return file.toAbsolutePath().getParent();
    }

    /** A running script: where its relative paths start, and where its errors and questions go. */
    private static final class Frame {
        final Path folder;
        final PrintWriter err;
        final InputReader in;
        PrintWriter currentErr;

        Frame(Path folder, PrintWriter err, InputReader in) {
            this.folder = folder;
            this.err = err;
            this.in = in;
            this.currentErr = err;
        }
    }

    /** Puts {@code FILE:LINE: } after {@code error: } in a script's error lines; nested scripts add theirs after. */
    private static final class Prefixing extends PrintWriter {
        private final PrintWriter target;
        private final String where;

        Prefixing(PrintWriter target, String where) {
            super(target, true);
            this.target = target;
            this.where = where;
        }

        @Override
        public void println(String line) {
            target.println(line.startsWith("error: ") ? "error: " + where + line.substring(7) : line);
            target.flush();
        }
    }
}
