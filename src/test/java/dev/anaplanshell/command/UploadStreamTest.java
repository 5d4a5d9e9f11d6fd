package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Uploads read a pipe to its end; an empty upload is refused unless asked for. */
class UploadStreamTest {

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("Sales Forecast");

    @Test
    void should_upload_everything_a_pipe_delivers_and_show_its_size() throws Exception {
        Path fifo = dir.resolve("stdin");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0).isTrue();
        String data = "Code,Name,Parent\n" + "P900,Widget,HW\n".repeat(1000);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(fifo, data);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        Result r = shell.run("files upload Products.csv " + fifo);

        writer.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Uploaded " + fifo + " to 'Products.csv': " + data.length() + " bytes in 1 chunk");
    }

    @Test
    void should_refuse_an_empty_upload_unless_allowed() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        Result r = shell.run("files upload Products.csv " + empty);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains(empty + " is empty: nothing uploaded", "--allow-empty");

        assertThat(shell.ok("files upload Products.csv " + empty + " --allow-empty")).contains(": 0 bytes in 1 chunk");
    }
}
