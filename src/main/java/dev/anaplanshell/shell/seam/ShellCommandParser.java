package dev.anaplanshell.shell.seam;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.anaplanshell.completion.DidYouMean;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.core.Tokenizer;
import dev.anaplanshell.render.ListingOptions;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Replaces Spring Shell 4.0.1's parser, which knows only double quotes, looks boolean options up on the root
 * command only, and ignores unknown options. Words come from {@link Tokenizer}; the longest registered command
 * name wins, and a group's name followed by a word that is none of its commands is an unknown command;
 * {@code --opt value}, {@code --opt=value}, {@code -o value}, {@code -o=value}; a boolean option alone means
 * {@code true}; {@code --} ends options.
 */
public class ShellCommandParser implements CommandParser {

    private final CommandRegistry registry;

    public ShellCommandParser(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ParsedInput parse(String input) {
        ListingOptions.use(ListingOptions.NONE);
        List<String> words = Tokenizer.words(input);
        if (words.isEmpty()) {
            throw ShellException.usage("empty command");
        }
        ParsedInput.Builder parsed = ParsedInput.builder().commandName(words.get(0));
        int next = 1;
        String name = words.get(0);
        while (next < words.size() && !registry.getCommandsByPrefix(name + " " + words.get(next)).isEmpty()) {
            name = name + " " + words.get(next);
            parsed.addSubCommand(words.get(next));
            next++;
        }
        Command command = registry.getCommandByName(name);
        if (command == null && next < words.size() && !isOption(words.get(next))
                && !registry.getCommandsByPrefix(name).isEmpty()) {
            // a group ('profile') with a word that is none of its commands: Spring Shell would list the group's
            // commands and succeed, and a script would go on as if 'profile save x' had run
            throw new CommandNotFoundException(name + " " + words.get(next));
        }
        if (command == null && next == words.size() && !registry.getCommandsByPrefix(name + " ").isEmpty()) {
            // a group alone ('models'): Spring Shell would list its commands and succeed, so a script cut short
            // ('lineitems' for 'lineitems export ...') would pass
            throw ShellException.usage("incomplete command '" + name + "': one of " + String.join(", ",
                    registry.getCommandsByPrefix(name + " ").stream().map(Command::getName).sorted().toList())
                    + " (see 'help " + name + "')");
        }
        String fullName = name;
        List<CommandOption> declared = command == null ? List.of() : command.getOptions();
        Set<String> seen = new HashSet<>();
        boolean listing = declared.stream().anyMatch(CommandModel::isListingFormat);
        ListingOptions listingOptions = ListingOptions.NONE;
        int argumentIndex = 0;
        boolean optionsEnded = false;
        for (int i = next; i < words.size(); i++) {
            String word = words.get(i);
            if (optionsEnded || !isOption(word)) {
                parsed.addArgument(new CommandArgument(argumentIndex++, word));
                continue;
            }
            if (word.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int eq = word.indexOf('=');
            String optionName = eq > 0 ? word.substring(0, eq) : word;
            if (optionName.equals("--help") || optionName.equals("-h")) {
                parsed.addOption(CommandOption.with().shortName('h').longName("help").value("true").build());
                continue;
            }
            String bare = optionName.startsWith("--") ? optionName.substring(2) : "";
            if (listing && ListingOptions.NAMES.contains(bare)
                    && declared.stream().noneMatch(o -> o.isOptionEqual(optionName))) {
                // every listing takes --columns, --sort and --out; Output applies them (ListingOptions)
                if (!seen.add(optionName)) {
                    throw ShellException.usage("option '" + optionName + "' given twice");
                }
                String value = eq > 0 ? word.substring(eq + 1) : i + 1 < words.size() ? words.get(++i) : null;
                if (value == null || value.isBlank()) {
                    throw ShellException.usage("option '" + optionName + "' needs a value");
                }
                listingOptions = listingOptions.with(bare, value);
                continue;
            }
            CommandOption option = declared.stream().filter(o -> o.isOptionEqual(optionName)).findFirst()
                    .orElseThrow(() -> ShellException.usage("unknown option '" + optionName + "' for '" + fullName + "'"
                            + DidYouMean.nearest(optionName, declared.stream().filter(o -> o.longName() != null)
                                    .map(o -> "--" + o.longName()).toList())
                                    .map(n -> " (did you mean '" + n + "'?)")
                                    .orElse(" (see 'help " + fullName + "')")));
            if (!seen.add(optionName)) {
                throw ShellException.usage("option '" + optionName + "' given twice");
            }
            String value;
            if (eq > 0) {
                value = word.substring(eq + 1);
            } else if (CommandModel.isFlag(option)) {
                value = i + 1 < words.size() && isBooleanLiteral(words.get(i + 1)) ? words.get(++i) : "true";
            } else if (i + 1 < words.size() && !isOption(words.get(i + 1))) {
                value = words.get(++i);
            } else {
                throw ShellException.usage("option '" + optionName + "' needs a value");
            }
            parsed.addOption(CommandOption.with().shortName(option.shortName()).longName(option.longName())
                    .value(value).type(option.type()).build());
        }
        ListingOptions.use(listingOptions);
        return parsed.build();
    }

    private static boolean isOption(String word) {
        return word.startsWith("-") && word.length() > 1 && !Character.isDigit(word.charAt(1));
    }

    private static boolean isBooleanLiteral(String word) {
        return word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false");
    }
}
