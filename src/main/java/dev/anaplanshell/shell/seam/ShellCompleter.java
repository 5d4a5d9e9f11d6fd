package dev.anaplanshell.shell.seam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.completion.LiveNames;
import dev.anaplanshell.render.TerminalText;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Tab completion. Spring Shell 4.0.1's completer loses the command once a positional argument is being typed
 * ({@code use-model FP<Tab>}) and proposes whole multi-word command names, which the parser would then quote; this
 * one proposes the next command word alone ({@code lin<Tab>} gives {@code lineitems }), finds the longest command
 * name before the cursor, proposes its options when the word starts with {@code -}, and otherwise asks the
 * command's completion provider, telling it which option (if any) the word is the value of. Names from the server
 * are shown through {@link TerminalText}; a name with control characters is not offered (its ID still is).
 * When a name list is still being fetched after {@link LiveNames#LIMIT}, a hint says so above the prompt.
 */
public class ShellCompleter extends CommandCompleter {

    static final String LOADING = "(loading names from Anaplan... press Tab again in a moment)";

    private final CommandRegistry registry;

    public ShellCompleter(CommandRegistry registry) {
        super(registry);
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        Command command = null;
        int commandWords = 0;
        String name = "";
        for (int i = 0; i < index && i < words.size(); i++) {
            name = i == 0 ? words.get(0) : name + " " + words.get(i);
            Command found = registry.getCommandByName(name);
            if (found != null) {
                command = found;
                commandWords = i + 1;
            } else if (registry.getCommandsByPrefix(name).isEmpty()) {
                break;
            }
        }
        if (command == null || (commandWords == index && hasSubCommands(command.getName()))) {
            commandWords(words.subList(0, Math.min(index, words.size())), candidates);
            if (command == null) {
                return;
            }
        }
        String current = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        CommandOption valueOf = index - 1 >= commandWords ? optionNeedingValue(command, words.get(index - 1)) : null;
        if (valueOf == null && current.startsWith("-")) {
            for (CommandOption option : command.getOptions()) {
                if (option.longName() != null && !words.contains("--" + option.longName())) {
                    candidates.add(new Candidate("--" + option.longName(), "--" + option.longName(), null,
                            option.description(), null, null, true));
                }
            }
            return;
        }
        CompletionContext context = new CompletionContext(words, index, line.wordCursor(), command, valueOf);
        Command target = command;
        List<CompletionProposal> proposals = LiveNames.watchingForSlowLoads(
                () -> target.getCompletionProvider().apply(context));
        for (CompletionProposal p : proposals) {
            if (p.value() == null || TerminalText.clean(p.value()) != p.value()) {
                continue;
            }
            candidates.add(new Candidate(p.value(), TerminalText.clean(p.displayText()), p.category(),
                    TerminalText.clean(p.description()), null, null, p.complete()));
        }
        if (proposals.isEmpty() && LiveNames.slowLoadSeen() && reader != null) {
            reader.printAbove(LOADING);
        }
    }

    /**
     * The command word after {@code typed} (the words before the cursor): {@code lin} gives {@code lineitems},
     * {@code lineitems ex} gives {@code export}, each a whole word followed by a blank, never quoted.
     */
    private void commandWords(List<String> typed, List<Candidate> candidates) {
        String prefix = typed.isEmpty() ? "" : String.join(" ", typed) + " ";
        Map<String, Candidate> next = new LinkedHashMap<>();
        registry.getCommands().stream().filter(c -> !c.isHidden()).sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(c -> Stream.concat(Stream.of(c.getName()), c.getAliases().stream())
                        .filter(n -> n.startsWith(prefix) && n.length() > prefix.length())
                        .forEach(n -> {
                            String[] rest = n.substring(prefix.length()).split(" ");
                            String description = rest.length == 1 ? c.getDescription() : null;
                            next.merge(rest[0], new Candidate(rest[0], rest[0], null, description, null, null, true),
                                    (old, added) -> old.descr() != null ? old : added);
                        }));
        candidates.addAll(next.values());
    }

    private boolean hasSubCommands(String name) {
        return registry.getCommands().stream().anyMatch(c -> c.getName().startsWith(name + " "));
    }

    private static CommandOption optionNeedingValue(Command command, String word) {
        if (!word.startsWith("-") || word.contains("=")) {
            return null;
        }
        return command.getOptions().stream()
                .filter(o -> o.isOptionEqual(word))
                .filter(o -> !CommandModel.isFlag(o))
                .findFirst().orElse(null);
    }

    /** The index of the positional argument being completed, or -1 when the word is an option's value. */
    static int argumentIndex(CompletionContext context) {
        if (context.getCommandOption() != null || context.getCommand() == null) {
            return -1;
        }
        List<String> words = context.getWords();
        int first = context.getCommand().getName().split(" ").length;
        int position = 0;
        for (int i = first; i < context.getWordIndex() && i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("-")) {
                if (!w.contains("=") && optionNeedingValue(context.getCommand(), w) != null) {
                    i++;
                }
            } else {
                position++;
            }
        }
        return position;
    }
}
