package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.session.Journal;
import dev.anaplanshell.support.SandboxShell;
import dev.anaplanshell.support.ShellHarness.Result;

import org.jline.reader.UserInterruptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.InputReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Commands that change or delete model data ask first at the prompt; scripts (the harness runs commands as one) never
 * ask and need {@code --yes}; {@code --dry-run} shows what would be sent and sends nothing.
 */
class DestructiveWritesTest {

    @TempDir
    Path dir;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_refuse_a_list_delete_in_a_script_without_yes_with_exit_code_2_and_delete_nothing() throws Exception {
        Path csv = dir.resolve("gone.csv");
        Files.writeString(csv, "code\nDE\n");

        Result r = shell.run("lists delete Countries --from " + csv);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: 'lists delete' changes the model: give --yes to run it from a script"
                + " (--dry-run shows what it would send)\n");
        assertThat(json.readTree(shell.ok("lists show Countries -o json")).path("itemCount").asInt()).isEqualTo(25);
    }

    @Test
    void should_show_what_a_list_delete_would_send_with_dry_run_and_delete_nothing() throws Exception {
        Path csv = dir.resolve("gone.csv");
        Files.writeString(csv, "code\nDE\nAT\n");

        String out = shell.ok("lists delete Countries --dry-run --from " + csv);

        assertThat(out).startsWith("Dry run: delete 2 items from list 'Countries'; nothing was sent. It would send:\n");
        JsonNode sent = json.readTree(out.substring(out.indexOf('\n') + 1));
        assertThat(sent.path("action").asString()).isEqualTo("delete");
        assertThat(sent.path("items").findValuesAsString("code")).containsExactly("DE", "AT");
        assertThat(json.readTree(shell.ok("lists show Countries -o json")).path("itemCount").asInt()).isEqualTo(25);
    }

    @Test
    void should_refuse_cells_write_current_period_set_and_a_delete_action_without_yes_in_a_script() throws Exception {
        Path csv = dir.resolve("cells.csv");
        Files.writeString(csv, "lineItem,Products,Regions,Time,value\nGross Sales,Laptop 100,DACH,Mar 24,1\n");

        for (String command : List.of("cells write 'DAT02 Revenue Actuals' --from " + csv,
                "current-period set 2024-03-15", "actions run 'Delete Discontinued Products'")) {
            Result r = shell.run(command);
            assertThat(r.exitCode()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains("changes the model: give --yes").hasLineCount(1);
        }
        assertThat(shell.ok("current-period set 2024-03-15 --dry-run")).contains("\"date\" : \"2024-03-15\"");
    }

    @Test
    void should_run_an_action_that_deletes_nothing_without_asking() {
        assertThat(shell.ok("actions run 'Sort Products'")).contains("Action 'Sort Products' completed");
    }

    @Test
    void should_ask_at_the_prompt_and_go_on_only_on_yes() {
        List<String> asked = new ArrayList<>();
        Confirmation.ask(answering("y", asked), true, false, "lists delete", "Delete 2 items from list 'Countries'");
        Confirmation.ask(answering(" YES ", asked), true, false, "lists delete", "Delete 1 item from list 'Countries'");
        assertThat(asked).containsExactly("Delete 2 items from list 'Countries'? [y/N] ",
                "Delete 1 item from list 'Countries'? [y/N] ");

        for (String no : new String[] {"", "n", "no", "yep"}) {
            assertThatThrownBy(() -> Confirmation.ask(answering(no, asked), true, false, "cells write", "Write"))
                    .isInstanceOf(ShellException.class).hasMessage("cancelled: nothing was sent");
        }
    }

    @Test
    void should_treat_ctrl_c_at_the_question_as_no_and_never_ask_with_yes() {
        InputReader ctrlC = new InputReader() {
            @Override
            public String readInput(String prompt) {
                throw new UserInterruptException("");
            }
        };
        assertThatThrownBy(() -> Confirmation.ask(ctrlC, true, false, "lists delete", "Delete"))
                .hasMessage("cancelled: nothing was sent");
        Confirmation.ask(ctrlC, true, true, "lists delete", "Delete");
    }

    private static InputReader answering(String answer, List<String> asked) {
        return new InputReader() {
            @Override
            public String readInput(String prompt) {
                asked.add(prompt);
                return answer;
            }
        };
    }

    @Test
    void should_record_a_command_confirmed_at_the_prompt_with_yes_so_that_its_script_replays() {
        Journal journal = new Journal();
        journal.startRecording(Path.of("kept.anaplan"), Instant.EPOCH);
        journal.confirmed();
        journal.add("lists delete Countries --from gone.csv", 0);
        journal.add("lists list", 0);

        assertThat(journal.recording().lines()).containsExactly("lists delete Countries --from gone.csv --yes",
                "lists list");
    }
}
