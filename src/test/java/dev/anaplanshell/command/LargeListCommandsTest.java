package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.support.ShellHarness;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lists items} of a list over the 1,000,000-item cap switches to a paged large-volume read by itself. */
class LargeListCommandsTest {

    @TempDir
    static Path home;
    @TempDir
    Path dir;

    private static ShellHarness shell;

    @BeforeAll
    static void start() {
        shell = ShellHarness.start(home, SandboxOptions.builder().listItems(1_000_001).build());
        shell.loggedIn().ok("use-model 'Volume Model'");
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    @Test
    void should_read_every_item_of_a_list_past_the_cap_through_read_request_pages() throws Exception {
        Path file = dir.resolve("items.csv");
        assertThat(shell.ok("lists items 'Volume Items' -o csv --out " + file))
                .isEqualTo("Wrote 1000001 rows to " + file + "\n");
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            assertThat(reader.readLine()).isEqualTo("id,name,code,parent,parentId,Weight");
            for (int i = 1; i <= 1_000_001; i++) {
                String line = reader.readLine();
                // read requests carry no ids: an empty id shows the large read was used; every page's header was
                // dropped (11 pages of 100,000), and no row is missing or repeated.
                String expected = ",Volume Item " + String.format("%07d", i) + ",";
                if (line == null || !line.startsWith(expected)) {
                    throw new AssertionError("line " + (i + 1) + ": expected " + expected + "... but was " + line);
                }
            }
            assertThat(reader.readLine()).isNull();
        }
    }
}
