package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.anaplanshell.support.ShellHarness;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code record start|stop}, {@code history}, {@code history save} on the sandbox over HTTP. */
class RecordCommandsTest {

    @TempDir
    static Path home;
    @TempDir
    Path dir;

    private static ShellHarness shell;

    @BeforeAll
    static void start() {
        shell = ShellHarness.start(home);
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    @Test
    void should_record_the_commands_that_succeeded_as_typed_with_a_bare_login() throws Exception {
        Path file = dir.resolve("session.anaplan");
        assertThat(shell.ok("record start " + file)).startsWith("Recording to " + file);
        shell.ok("login --user demo@example.com");
        shell.ok("use-model 'fp&a plan'");
        assertThat(shell.run("use-model nosuch").exitCode()).isEqualTo(4);
        shell.ok("vars");
        shell.ok("modules list -o csv");
        assertThat(shell.ok("record stop")).isEqualTo("Recorded 3 commands to " + file + "\n");
        String script = Files.readString(file);
        assertThat(script).startsWith("# anaplan-shell script, recorded ")
                .contains("# host " + shell.sandbox().baseUrl(), "user demo@example.com");
        assertThat(script.lines().filter(l -> !l.startsWith("#")))
                .containsExactly("login", "use-model 'fp&a plan'", "modules list -o csv");
        assertThat(shell.run("record stop").exitCode()).isEqualTo(2);
    }

    @Test
    void should_refuse_a_second_recording_and_keep_recording_when_the_file_cannot_be_written() {
        shell.ok("record start " + dir.resolve("a.anaplan"));
        assertThat(shell.run("record start " + dir.resolve("b.anaplan")).exitCode()).isEqualTo(2);
        shell.ok("record stop");
        shell.ok("record start " + dir.resolve("no/such/folder/c.anaplan"));
        assertThat(shell.run("record stop").exitCode()).isEqualTo(1);
        assertThat(shell.ok("record stop " + dir.resolve("c.anaplan"))).startsWith("Recorded 0 commands");
        assertThat(dir.resolve("b.anaplan")).doesNotExist();
        assertThat(dir.resolve("c.anaplan")).exists();
    }

    @Test
    void should_show_the_history_and_save_it_with_failures_as_comments() throws Exception {
        shell.loggedIn();
        shell.run("use-model 'Does Not Exist'");
        shell.ok("use-model 'Sales Forecast'");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(shell.ok("history -o csv"))).getRecords();
        assertThat(rows.subList(rows.size() - 3, rows.size()))
                .extracting(r -> r.get("command") + " -> " + r.get("exitCode"))
                // the sandbox's password 'demo' is part of the user name: the one secret rule (the history file's)
                // hides the line
                .containsExactly("login *** -> 0", "use-model 'Does Not Exist' -> 4",
                        "use-model 'Sales Forecast' -> 0");
        assertThat(rows).extracting(r -> Integer.parseInt(r.get("number"))).isSorted();
        Path file = dir.resolve("history.anaplan");
        assertThat(shell.ok("history save " + file)).startsWith("Saved ");
        assertThat(Files.readString(file)).contains(
                "login\n# failed with exit code 4: use-model 'Does Not Exist'\nuse-model 'Sales Forecast'\n");
    }
}
