package dev.anaplanshell.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.anaplanshell.support.ShellHarness;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Did you mean" for mistyped commands and options: one line, exit code 2 as before. */
class DidYouMeanTest {

    @TempDir
    Path home;

    @Test
    void should_find_the_nearest_name_counting_a_swap_as_one_edit() {
        assertThat(DidYouMean.distance("modles", "models")).isEqualTo(1);
        assertThat(DidYouMean.nearest("--sandbx", List.of("--sandbox", "--serve-sandbox"))).contains("--sandbox");
        assertThat(DidYouMean.nearest("--zzz", List.of("--sandbox"))).isEmpty();
        List<String> commands = List.of("modules list", "models list", "models show", "profile show", "profile use");
        assertThat(DidYouMean.command("modles list", commands)).contains("models list");
        assertThat(DidYouMean.command("modles   lst -o csv", commands)).contains("models list");
        assertThat(DidYouMean.command("profile save demo", commands)).isEmpty();
        assertThat(DidYouMean.command("models list", commands)).isEmpty();
    }

    @Test
    void should_suggest_the_command_and_the_option_meant_in_one_line_with_exit_code_2() {
        try (ShellHarness shell = ShellHarness.start(home)) {
            Result command = shell.loggedIn().run("modles list");
            assertThat(command.exitCode()).isEqualTo(2);
            assertThat(command.err()).endsWith("(did you mean 'models list'?)\n").hasLineCount(1);
            Result option = shell.run("lineitems list --modul X");
            assertThat(option.exitCode()).isEqualTo(2);
            assertThat(option.err()).isEqualTo(
                    "error: unknown option '--modul' for 'lineitems list' (did you mean '--module'?)\n");
        }
    }
}
