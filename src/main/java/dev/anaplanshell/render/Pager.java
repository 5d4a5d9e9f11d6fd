package dev.anaplanshell.render;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jline.builtins.Less;
import org.jline.builtins.Source;
import org.jline.terminal.Terminal;

/**
 * Shows output taller than the terminal one screen at a time, as psql does: through {@code $PAGER} when it is set
 * (an empty {@code PAGER=} turns paging off), else {@code less -SRFX} when it is on the {@code PATH}, else JLine's own
 * pager. Only on the terminal's own writer, never with {@code --no-pager}.
 */
public final class Pager {

    /** The default pager: chop long lines, keep colours, quit when one screen is enough, keep the screen after. */
    static final List<String> LESS = List.of("less", "-SRFX");

    private Pager() {
    }

    /**
     * The command to page through: {@code $PAGER} (run by {@code sh -c}), else {@code less -SRFX} when there is one,
     * else an empty list for JLine's own pager; null when paging is off ({@code PAGER} set but blank).
     */
    static List<String> command(String pagerEnv, String path) {
        if (pagerEnv != null) {
            return pagerEnv.isBlank() ? null : List.of("sh", "-c", pagerEnv);
        }
        return onPath("less", path) ? LESS : List.of();
    }

    /** Whether {@code text} has more lines than fit on a terminal {@code height} rows high (one is the prompt's). */
    static boolean taller(String text, int height) {
        if (height <= 0) {
            return false;
        }
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && ++lines >= height) {
                return true;
            }
        }
        return false;
    }

    /** Prints {@code text} to the terminal, through a pager when it is taller than the terminal. */
    static void show(Terminal terminal, String text, PrintWriter out) {
        List<String> command = command(System.getenv("PAGER"), System.getenv("PATH"));
        if (command == null || !taller(text, terminal.getHeight())) {
            out.print(text);
            out.flush();
            return;
        }
        out.flush();
        try {
            if (command.isEmpty()) {
                jline(terminal, text);
            } else {
                external(terminal, command, text);
            }
        } catch (IOException e) {
            out.print(text); // no pager after all: the output is not lost
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void external(Terminal terminal, List<String> command, String text)
            throws IOException, InterruptedException {
        terminal.pause(true); // the pager reads the keyboard now, not JLine's reading thread
        Process pager = null;
        try {
            pager = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = pager.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the user quit the pager before reading everything
            }
            pager.waitFor();
        } finally {
            if (pager != null && pager.isAlive()) {
                pager.destroy();
            }
            terminal.resume();
        }
    }

    private static void jline(Terminal terminal, String text) throws IOException, InterruptedException {
        Less less = new Less(terminal, Path.of("."));
        less.quitIfOneScreen = true;
        less.chopLongLines = true;
        less.noInit = true;
        less.run(new Source.InputStreamSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true,
                "output"));
    }

    private static boolean onPath(String program, String path) {
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
