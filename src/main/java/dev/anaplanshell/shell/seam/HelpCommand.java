package dev.anaplanshell.shell.seam;

import java.util.List;

import dev.anaplanshell.core.ShellException;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.stereotype.Component;

/**
 * {@code help}: every command by group, or one command's usage ({@code help lineitems export}). Replaces Spring
 * Shell's (switched off in application.properties), which lists commands unsorted and, to format them, starts
 * a Bean Validation provider.
 */
@Component
public class HelpCommand implements Command {

    @Override
    public String getName() {
        return "help";
    }

    @Override
    public String getDescription() {
        return "List the commands, or show one command's arguments and options";
    }

    @Override
    public String getGroup() {
        return "Built-In Commands";
    }

    @Override
    public ExitStatus execute(CommandContext context) {
        CommandRegistry registry = context.commandRegistry();
        List<String> words = context.parsedInput().arguments().stream().map(CommandArgument::value).toList();
        String name = String.join(" ", words).strip();
        String text;
        if (name.isEmpty()) {
            text = CommandHelp.overview(List.copyOf(registry.getCommands()));
        } else {
            Command command = registry.getCommandByName(name);
            List<Command> family = registry.getCommandsByPrefix(name + " ");
            if (command == null && family.isEmpty()) {
                throw ShellException.usage("unknown command '" + name + "' (type 'help' for the list)");
            }
            text = command == null ? CommandHelp.overview(family) : command instanceof LazyCommand lazy ? lazy.getHelp()
                    : CommandHelp.of(command.getName(), command.getDescription(), List.of(), command.getOptions(),
                            command.getAliases(), null);
        }
        context.outputWriter().print(text);
        context.outputWriter().flush();
        return ExitStatus.OK;
    }
}
