package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** The shell's java.util.logging settings: warnings and worse, JLine and Spring Boot's start-up report quieter. */
class ShellLoggingTest {

    @Test
    void should_log_warnings_and_worse_and_quiet_jline_and_the_start_up_report() {
        ShellLogging.configure();

        Logger root = Logger.getLogger("");
        assertThat(root.getLevel()).isEqualTo(Level.WARNING);
        assertThat(Logger.getLogger("org.springframework.context").isLoggable(Level.INFO)).isFalse();
        assertThat(Logger.getLogger("org.springframework.context").isLoggable(Level.WARNING)).isTrue();
        assertThat(Logger.getLogger("org.jline.terminal").isLoggable(Level.WARNING)).isFalse();
        assertThat(Logger.getLogger("org.springframework.boot.SpringApplication").isLoggable(Level.SEVERE)).isFalse();
        assertThat(LogManager.getLogManager().getProperty("java.util.logging.SimpleFormatter.format"))
                .isEqualTo("%4$s %3$s: %5$s%6$s%n");
    }
}
