package dev.anaplanshell.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Status;

/**
 * A progress bar for tasks and transfers: JLine's status line at the bottom of a real terminal; elsewhere (pipes,
 * scripts, CI) a plain line whenever the step changes or another tenth is done.
 */
public final class Progress implements AutoCloseable {

    private final Terminal terminal;
    private final Status status;
    private final PrintWriter plain;
    private final String label;
    private int lastTenth = -1;
    private String lastStep;

    Progress(Terminal terminal, PrintWriter plain, String label) {
        this.label = TerminalText.clean(label);
        this.plain = plain;
        Status s = null;
        if (terminal != null && !terminal.getType().startsWith("dumb")) {
            s = Status.getStatus(terminal);
        }
        this.status = s;
        this.terminal = s == null ? null : terminal;
    }

    /** Shows nothing (failure dumps, which are small). */
    public static Progress none() {
        return new Progress(null, null, "");
    }

    /** {@code fraction} of 0..1 done; {@code step} is what runs now (may be null). */
    public synchronized void update(double fraction, String text) {
        String step = TerminalText.clean(text);
        double f = Math.max(0, Math.min(1, fraction));
        int percent = (int) Math.floor(f * 100);
        if (status != null) {
            int width = Math.max(10, Math.min(30, terminal.getWidth() - label.length() - 20));
            int filled = (int) (f * width);
            String bar = label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + percent + "%"
                    + (step == null ? "" : " " + step);
            status.update(List.of(new AttributedString(bar.length() > terminal.getWidth() - 1
                    ? bar.substring(0, Math.max(0, terminal.getWidth() - 1)) : bar)));
            return;
        }
        if (plain == null) {
            return;
        }
        int tenth = percent / 10;
        boolean stepChanged = step != null && !step.equals(lastStep);
        if (tenth != lastTenth || stepChanged) {
            lastTenth = tenth;
            lastStep = step;
            plain.println(String.format(Locale.ROOT, "%s: %d%%%s", label, percent, step == null ? "" : " " + step));
            plain.flush();
        }
    }

    /** {@code done} of {@code total} units (chunks). */
    public void update(long done, long total, String step) {
        update(total <= 0 ? 1.0 : (double) done / total, step);
    }

    @Override
    public synchronized void close() {
        if (status != null) {
            status.update(List.of());
        }
    }
}
