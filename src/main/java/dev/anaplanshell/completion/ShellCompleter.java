package dev.anaplanshell.completion;

import java.util.List;

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
 * ({@code use-model FP<Tab>}); this one finds the longest command name before the cursor, proposes its options
 * when the word starts with {@code -}, and otherwise asks the command's completion provider, telling it which
 * option (if any) the word is the value of.
 */
public class ShellCompleter extends CommandCompleter {

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
        if (command == null) {
            super.complete(reader, line, candidates);
            return;
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
        for (CompletionProposal p : command.getCompletionProvider().apply(context)) {
            candidates.add(new Candidate(p.value(), p.displayText(), p.category(), p.description(), null, null,
                    p.complete()));
        }
    }

    private static CommandOption optionNeedingValue(Command command, String word) {
        if (!word.startsWith("-") || word.contains("=")) {
            return null;
        }
        return command.getOptions().stream()
                .filter(o -> o.isOptionEqual(word))
                .filter(o -> o.type() != Boolean.class && o.type() != boolean.class)
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
