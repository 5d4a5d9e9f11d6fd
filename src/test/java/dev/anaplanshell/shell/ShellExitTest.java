package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.anaplanshell.support.ShellHarness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the shell makes nothing new: Spring Shell's history save (its JLine configuration) is not run. */
class ShellExitTest {

    @TempDir
    Path home;

    @Test
    void should_not_make_spring_shells_jline_configuration_just_to_close() {
        ShellHarness shell = ShellHarness.startLazily(home);
        assertThat(shell.ok("help")).contains("lineitems export");

        List<String> made = shell.beansMadeWhileClosing();

        assertThat(made).noneMatch(name -> name.contains("JLineShellAutoConfiguration")
                || name.contains("SpringShellProperties"));
    }
}
