package dev.anaplanshell.shell.seam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jline.reader.Candidate;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/** The completer on its own, with commands whose names come from a hostile server. */
class ShellCompleterTest {

    private static Command command(String name, CompletionProvider provider) {
        return new Command() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getDescription() {
                return "the " + name + " command";
            }

            @Override
            public CompletionProvider getCompletionProvider() {
                return provider;
            }

            @Override
            public ExitStatus execute(CommandContext context) {
                return ExitStatus.OK;
            }
        };
    }

    private final CommandRegistry registry = new CommandRegistry(new java.util.HashSet<>(Set.of(
            command("pick", ctx -> List.of(
                    new CompletionProposal("Plain Name").displayText("Plain Name").description("id\u001b]52;c;x\u0007"),
                    new CompletionProposal("Evil\u001b[2J").displayText("Evil\u001b[2J").description("m1"),
                    new CompletionProposal("m1").displayText("m1").description("Evil\u001b[2J"))),
            command("models list", ctx -> List.of()),
            command("models show", ctx -> List.of()),
            command("modules list", ctx -> List.of()))));

    private List<Candidate> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        new ShellCompleter(registry).complete(null,
                new QuotingParser().parse(line, line.length(), ParseContext.COMPLETE), candidates);
        return candidates;
    }

    @Test
    void should_offer_names_with_control_characters_only_by_id_and_show_descriptions_escaped() {
        List<Candidate> offered = complete("pick ");
        assertThat(offered).extracting(Candidate::value).containsExactly("Plain Name", "m1");
        assertThat(offered).allMatch(c -> c.descr().chars().noneMatch(ch -> ch == 0x1b || ch == 0x07));
        assertThat(offered.get(1).descr()).isEqualTo("Evil\\e[2J");
    }

    @Test
    void should_offer_the_next_command_word_alone() {
        // first words only, each once; JLine keeps those that start with what is typed
        assertThat(complete("mo")).extracting(Candidate::value).containsExactlyInAnyOrder("models", "modules", "pick");
        assertThat(complete("models ")).extracting(Candidate::value).containsExactly("list", "show");
        assertThat(complete("models ")).allMatch(Candidate::complete);
    }
}
