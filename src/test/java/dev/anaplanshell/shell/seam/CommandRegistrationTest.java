package dev.anaplanshell.shell.seam;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import dev.anaplanshell.support.ShellHarness;
import dev.anaplanshell.support.ShellHarness.Result;

import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

/** The command registry and {@code help}, on a shell started as the launcher starts it (lazily), over HTTP. */
class CommandRegistrationTest {

    @TempDir
    static Path home;

    private static ShellHarness shell;

    @BeforeAll
    static void start() {
        shell = ShellHarness.startLazily(home);
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    /** On a shell of its own: the class's shared one has run other tests' commands. */
    @Test
    void should_create_a_command_bean_and_the_client_only_when_a_command_first_runs(@TempDir Path ownHome) {
        try (ShellHarness fresh = ShellHarness.startLazily(ownHome)) {
            assertThat(fresh.bean(CommandRegistry.class).getCommandByName("lineitems export")).isNotNull();
            assertThat(fresh.ok("help")).contains("lineitems export");
            assertThat(fresh.ok("help lineitems export")).contains("Usage: lineitems export FILE");
            assertThat(fresh.created("lineItemCommands")).isFalse();
            assertThat(fresh.created("workspaceCommands")).isFalse();
            assertThat(fresh.created("anaplanClient")).isFalse();

            fresh.loggedIn();
            assertThat(fresh.ok("workspaces list")).contains("Acme Planning");
            assertThat(fresh.created("workspaceCommands")).isTrue();
            assertThat(fresh.created("anaplanClient")).isTrue();
            assertThat(fresh.created("lineItemCommands")).isFalse();
        }
    }

    @Test
    void should_put_every_registered_command_in_the_reference_with_the_text_of_its_help() {
        String reference = CommandReference.markdown(CommandReference.commands());
        List<Command> declared = shell.bean(CommandRegistry.class).getCommands().stream()
                .filter(c -> c instanceof LazyCommand && !c.isHidden()).toList();

        assertThat(declared).hasSizeGreaterThan(50);
        for (Command command : declared) {
            assertThat(reference).as(command.getName())
                    .contains("\n### `" + command.getName() + "`\n\n```text\n" + shell.ok("help " + command.getName())
                            + "```\n");
        }
        assertThat(Pattern.compile("(?m)^### ").matcher(reference).results().count()).isEqualTo(declared.size());
        assertThat(reference).startsWith("# Command reference\n").contains("\n## Bulk\n");
    }

    @Test
    void should_list_every_command_once_by_group_then_name() {
        String help = shell.ok("help");
        List<String> lines = help.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Built-In Commands");
        assertThat(lines).contains("  quit, exit            Exit the shell");
        List<String> groups = lines.stream().takeWhile(l -> !l.isEmpty()).filter(l -> !l.startsWith(" ")).toList();
        assertThat(groups).isSorted().doesNotHaveDuplicates().contains("Bulk", "Model", "Lists");
        for (Command command : shell.bean(CommandRegistry.class).getCommands()) {
            String row = "  " + Pattern.quote(command.getName()) + "(, [a-z]+)*  +\\S.*";
            assertThat(lines).as(command.getName()).filteredOn(l -> l.matches(row)).hasSize(1);
        }
        assertThat(shell.ok("help lineitems")).contains("lineitems export", "lineitems grep")
                .doesNotContain("models list");
    }

    @Test
    void should_show_one_commands_arguments_options_and_notes_for_help_and_dash_dash_help() {
        String help = shell.ok("help cells write");
        assertThat(help).startsWith("cells write - Write cells of a module from a CSV file\n\nUsage: cells write MODULE [options]\n")
                .contains("  MODULE  module name or ID\n")
                .contains("      --from VALUE      the CSV file of cells\n")
                .contains("  -h, --help            this help\n")
                .contains("any rejected row makes the exit code 6.");
        assertThat(help.lines()).allMatch(l -> l.length() <= CommandHelp.WIDTH);
        assertThat(shell.ok("cells write --help")).startsWith(help);
        assertThat(shell.ok("help lineitems export")).contains("      --excel         start with a UTF-8 byte order mark");
    }

    @Test
    void should_refuse_help_for_an_unknown_command_with_exit_code_2() {
        Result r = shell.run("help nosuch thing");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: unknown command 'nosuch thing' (type 'help' for the list)\n");
    }

    @Test
    void should_refuse_a_word_that_is_none_of_a_groups_commands_with_exit_code_2() {
        Result r = shell.run("profile save demo");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: unknown command 'profile save' (type 'help' for the list)\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void should_refuse_a_group_name_alone_as_an_incomplete_command_with_exit_code_2() {
        Result models = shell.run("models");
        assertThat(models.exitCode()).isEqualTo(2);
        assertThat(models.err()).isEqualTo("error: incomplete command 'models': one of models list (see 'help models')\n");
        assertThat(models.out()).isEmpty();
        Result lineitems = shell.run("lineitems");
        assertThat(lineitems.exitCode()).isEqualTo(2);
        assertThat(lineitems.err()).startsWith("error: incomplete command 'lineitems': one of lineitems diff, ")
                .hasLineCount(1);
        assertThat(shell.ok("help profile")).contains("profile list");
    }

    @Test
    void should_refuse_more_arguments_than_a_command_takes_with_exit_code_2() {
        shell.loggedIn();
        Result r = shell.run("modules list -o csv | head");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: unexpected argument '|' for 'modules list' (quote a value with blanks; "
                + "see 'help modules list')\n");
        assertThat(r.out()).isEmpty();
        assertThat(shell.run("use-model FP&A Plan").err()).startsWith("error: unexpected argument 'Plan'");
        assertThat(shell.ok("echo any   number of words")).isEqualTo("any number of words\n");
        assertThat(shell.ok("help echo")).contains("Usage: echo TEXT...\n");
    }

    @Test
    void should_validate_with_bean_validation_only_commands_that_declare_a_constraint() throws Exception {
        Method constrained = Sample.class.getDeclaredMethod("constrained", String.class);
        Method plain = Sample.class.getDeclaredMethod("plain", String.class);
        assertThat(CommandModel.constrained(constrained)).isTrue();
        assertThat(CommandModel.constrained(plain)).isFalse();
    }

    static final class Sample {
        void constrained(@NotBlank String name) {
        }

        void plain(String name) {
        }
    }
}
