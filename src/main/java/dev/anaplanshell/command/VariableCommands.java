package dev.anaplanshell.command;

import java.util.List;
import java.util.Map;

import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.Column;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.Variables;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code set}, {@code unset}, {@code vars}: the session's variables, used as {@code ${NAME}} in any command. */
@Component
public class VariableCommands {

    private static final List<Column<Map.Entry<String, String>>> COLUMNS = List.of(
            Column.of("name", Map.Entry::getKey), Column.of("value", Map.Entry::getValue));

    private final Variables variables;
    private final Output output;

    public VariableCommands(Variables variables, Output output) {
        this.variables = variables;
        this.output = output;
    }

    @Command(name = "set", group = "Scripting", description = "Define a variable, used as ${NAME} in later commands",
            help = "set NAME VALUE. Quote a value with spaces: set MODEL 'FP&A Plan'. ${env:NAME} reads the "
                    + "environment. Nothing is expanded inside single quotes.")
    public void set(@Argument(index = 0, description = "variable name") String name,
            @Argument(index = 1, description = "its value") String value, CommandContext ctx) {
        String usage = "set NAME VALUE";
        Arguments.required(name, usage);
        if (ctx.parsedInput().arguments().size() < 2) {
            throw ShellException.usage("missing argument: " + usage + " (an empty value is '')");
        }
        variables.set(name, value == null ? "" : value);
    }

    @Command(name = "unset", group = "Scripting", description = "Remove a variable")
    public void unset(@Argument(index = 0, description = "variable name")
            @Completes(Kind.VARIABLE) String name, CommandContext ctx) {
        if (!variables.unset(Arguments.required(name, "unset NAME"))) {
            throw ShellException.notFound("variable '" + name + "' is not defined");
        }
    }

    @Command(name = "vars", group = "Scripting", description = "List the session's variables")
    public void vars(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        output.list(ctx, COLUMNS, variables.all().entrySet().stream().sorted(Map.Entry.comparingByKey()), format);
    }
}
