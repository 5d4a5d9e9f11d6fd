package dev.anaplanshell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Progress never goes to standard output: plain lines on standard error, and only when that is a terminal. */
class ProgressesTest {

    private final StringWriter err = new StringWriter();

    private String progressWith(boolean stderrIsTerminal) {
        return progressWith(stderrIsTerminal, false);
    }

    private String progressWith(boolean stderrIsTerminal, boolean quiet) {
        Progresses progresses = new Progresses(new StaticListableBeanFactory().getBeanProvider(Terminal.class),
                () -> stderrIsTerminal, quiet);
        ErrorStream.during(new PrintWriter(err, true), () -> {
            try (Progress p = progresses.open(null, "Action 'Sort Products'")) {
                p.update(0.5, "Sorting");
                p.update(1.0, "Complete.");
            }
            return null;
        });
        return err.toString();
    }

    @Test
    void should_print_progress_lines_on_standard_error_when_it_is_a_terminal() {
        assertThat(progressWith(true)).isEqualTo("Action 'Sort Products': 50% Sorting\n"
                + "Action 'Sort Products': 100% Complete.\n");
    }

    @Test
    void should_print_no_progress_lines_with_quiet_even_on_a_terminal() {
        assertThat(progressWith(true, true)).isEmpty();
    }

    @Test
    void should_print_no_progress_lines_when_standard_error_is_not_a_terminal() {
        assertThat(progressWith(false)).isEmpty();
    }
}
