package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.jline.reader.UserInterruptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ParsedInput;

/** What commands say when there is nothing to do, when asked and cancelled, and how they count. */
class CommandMessagesTest {

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");

    @Test
    void should_refuse_to_download_an_export_never_run_and_write_no_file() {
        Path target = dir.resolve("grid.csv");

        Result r = shell.run("files download 'Sales Units Grid.csv' " + target);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: 'Sales Units Grid.csv' has no content on the service yet: run its"
                + " export first ('exports run') or upload it ('files upload')\n");
        assertThat(target).doesNotExist();
    }

    @Test
    void should_count_one_chunk_in_the_singular() throws Exception {
        Path local = Files.writeString(dir.resolve("p.csv"), "Products,Name\nP100,Laptop 100\n");
        assertThat(shell.ok("files upload 113000000000 " + local)).contains(" in 1 chunk, ");
        Path back = dir.resolve("back.csv");
        assertThat(shell.ok("files download 113000000000 " + back)).contains(" in 1 chunk, ");
    }

    @Test
    void should_cancel_at_ctrl_c_on_the_password_prompt_instead_of_saying_there_is_no_terminal() {
        InputReader ctrlC = new InputReader() {
            @Override
            public char[] readPassword(String prompt) {
                throw new UserInterruptException("");
            }
        };
        CommandContext ctx = new CommandContext(ParsedInput.builder().commandName("login").build(), null, null, ctrlC);

        assertThatThrownBy(() -> Secrets.read(false, "--password-stdin", null, "Password: ", ctx))
                .isInstanceOf(ShellException.class).hasMessage("cancelled")
                .satisfies(e -> assertThat(((ShellException) e).exitCode()).isEqualTo(130));
    }
}
