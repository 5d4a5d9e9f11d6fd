package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.support.SandboxShell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Standard output that cannot be written (a full disk) is an error, exit 1, one line; not a silent cut. */
class StandardOutputTest {

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.loggedIn();

    @Test
    void should_fail_with_one_line_when_standard_output_is_a_full_disk() throws Exception {
        StringWriter err = new StringWriter();
        try (FileOutputStream full = new FileOutputStream("/dev/full")) {
            int code = shell.bean(CommandRunner.class).run("models list", StandardOutput.to(full),
                    new PrintWriter(err, true), null);
            assertThat(code).isEqualTo(ExitCodes.FAILURE);
        }
        assertThat(err.toString()).isEqualTo("error: cannot write to standard output: No space left on device\n");
    }

    @Test
    void should_write_standard_output_as_usual_when_it_can() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = shell.bean(CommandRunner.class).run("models list -o csv", StandardOutput.to(bytes),
                new PrintWriter(err, true), null);
        assertThat(code).as(err.toString()).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("id,name,").contains("FP&A Plan");
    }
}
