package dev.anaplanshell.shell.seam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;

/**
 * The text of {@code help} (every command, by group and name) and of {@code help COMMAND} / {@code COMMAND --help}
 * (usage, arguments, options, notes).
 */
public final class CommandHelp {

    static final int WIDTH = 100;

    private CommandHelp() {
    }

    /** Commands by group, then by name; aliases after the name. */
    static String overview(List<Command> commands) {
        Map<String, List<Command>> groups = new TreeMap<>(commands.stream().filter(c -> !c.isHidden())
                .collect(Collectors.groupingBy(Command::getGroup)));
        int width = commands.stream().mapToInt(c -> title(c).length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        groups.forEach((group, members) -> {
            text.append(group).append('\n');
            members.stream().sorted(Comparator.comparing(Command::getName)).forEach(c ->
                    text.append("  ").append(pad(title(c), width)).append("  ").append(c.getDescription()).append('\n'));
        });
        return text.append("\n'help COMMAND' or 'COMMAND --help' shows a command's arguments and options.\n").toString();
    }

    /** A command declared by a {@code @Command} method. */
    static String of(CommandModel command) {
        return of(command.name(), command.description(), command.arguments(), command.options(), command.aliases(),
                command.notes());
    }

    /** One command: what it does, how to call it, its arguments and options, and its notes. */
    static String of(String name, String description, List<CommandModel.Positional> arguments,
            List<CommandOption> options, List<String> aliases, String notes) {
        StringBuilder usage = new StringBuilder(name);
        for (CommandModel.Positional argument : arguments) {
            usage.append(' ').append(argument.label());
        }
        if (!options.isEmpty()) {
            usage.append(" [options]");
        }
        StringBuilder text = new StringBuilder(name).append(" - ").append(description).append("\n\nUsage: ")
                .append(usage).append('\n');
        if (!arguments.isEmpty()) {
            text.append("\nArguments:\n").append(table(arguments.stream()
                    .map(a -> new String[] {a.label(), a.description()}).toList()));
        }
        List<String[]> rows = new ArrayList<>(options.stream().map(o -> new String[] {flags(o), describe(o)}).toList());
        if (options.stream().anyMatch(CommandModel::isListingFormat)) {
            // a listing: ShellCommandParser takes these for it, render.Output applies them
            Set<String> own = options.stream().map(CommandOption::longName).collect(Collectors.toSet());
            if (!own.contains("columns")) {
                rows.add(new String[] {"--columns A,B", "only these columns, in this order"});
            }
            if (!own.contains("sort")) {
                rows.add(new String[] {"--sort COL[,-COL]", "order the rows by these columns (- for descending)"});
            }
            if (!own.contains("out")) {
                rows.add(new String[] {"--out FILE", "write to FILE (format from -o, else .csv, .json or .txt)"});
            }
        }
        rows.add(new String[] {"-h, --help", "this help"});
        text.append("\nOptions:\n").append(table(rows));
        if (!aliases.isEmpty()) {
            text.append("\nAlso: ").append(String.join(", ", aliases)).append('\n');
        }
        if (notes != null && !notes.isBlank()) {
            text.append('\n').append(wrap(notes.strip(), 0));
        }
        return text.toString();
    }

    /** Two columns, the second wrapped and aligned (also the launcher's {@code --help}). */
    public static String table(List<String[]> rows) {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        rows.forEach(r -> text.append(wrap("  " + pad(r[0], width) + "  " + r[1], width + 4)));
        return text.toString();
    }

    /** Wraps at {@value #WIDTH} columns; continuation lines are indented by {@code indent} blanks. Ends with a newline. */
    static String wrap(String line, int indent) {
        StringBuilder wrapped = new StringBuilder();
        String rest = line;
        while (rest.length() > WIDTH) {
            int cut = rest.lastIndexOf(' ', WIDTH);
            if (cut <= indent) {
                break;
            }
            wrapped.append(rest, 0, cut).append('\n');
            rest = " ".repeat(indent) + rest.substring(cut + 1);
        }
        return wrapped.append(rest).append('\n').toString();
    }

    private static String title(Command command) {
        return command.getAliases().isEmpty() ? command.getName()
                : command.getName() + ", " + String.join(", ", command.getAliases());
    }

    private static String flags(CommandOption option) {
        String flags = (option.shortName() != ' ' ? "-" + option.shortName() + ", " : "    ") + "--" + option.longName();
        return CommandModel.isFlag(option) ? flags : flags + " VALUE";
    }

    private static String describe(CommandOption option) {
        String description = option.description() == null ? "" : option.description();
        String value = option.defaultValue();
        return value == null || value.isEmpty() ? description : description + " (default: " + value + ")";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
