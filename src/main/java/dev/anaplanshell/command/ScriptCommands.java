package dev.anaplanshell.command;

import java.util.List;

import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.core.ReportedFailure;
import dev.anaplanshell.render.Output;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** {@code run FILE}, {@code echo TEXT}. */
@Component
public class ScriptCommands {

    /** Lazy: the script runner needs every command, this one included. */
    private final ObjectProvider<ScriptFiles> scripts;
    private final Output output;

    public ScriptCommands(ObjectProvider<ScriptFiles> scripts, Output output) {
        this.scripts = scripts;
        this.output = output;
    }

    @Command(name = "run", group = "Scripting", description = "Run the commands of a script file",
            help = "A relative path is resolved against the folder of the script that runs it (the working folder "
                    + "at the prompt). The first failing command stops the script and gives its exit code.")
    public void run(@Argument(index = 0, description = "the script file")
            @Completes(Kind.FILE) String file, CommandContext ctx) {
        int code = scripts.getObject().runFile(Arguments.required(file, "run FILE"), ctx.outputWriter(),
                ctx.outputWriter(), ctx.inputReader());
        if (code != 0) {
            throw new ReportedFailure(code);
        }
    }

    @Command(name = "echo", group = "Scripting", description = "Print a line of text (shown even with --quiet)")
    public void echo(@org.springframework.shell.core.command.annotation.Arguments List<String> text,
            CommandContext ctx) {
        output.text(ctx, String.join(" ", text));
    }
}
