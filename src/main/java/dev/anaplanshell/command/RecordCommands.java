package dev.anaplanshell.command;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.Column;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.session.Connection;
import dev.anaplanshell.session.Journal;
import dev.anaplanshell.session.ScriptText;
import dev.anaplanshell.session.Session;
import dev.anaplanshell.session.Variables;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code record start|stop}, {@code history}, {@code history save}: the session's commands as a replayable script. */
@Component
public class RecordCommands {

    private static final List<Column<Journal.Entry>> HISTORY = List.of(
            Column.of("number", Journal.Entry::number), Column.of("command", Journal.Entry::line),
            Column.of("exitCode", Journal.Entry::exitCode));

    private final Journal journal;
    private final Session session;
    private final Variables variables;
    private final AnaplanClient client;
    private final Output output;
    private final Clock clock = Clock.systemUTC();

    public RecordCommands(Journal journal, Session session, Variables variables, AnaplanClient client, Output output) {
        this.journal = journal;
        this.session = session;
        this.variables = variables;
        this.client = client;
        this.output = output;
    }

    @Command(name = "record start", group = "Scripting",
            description = "Start recording the commands that succeed, for 'record stop' to write as a script")
    public void start(@Argument(index = 0, description = "the script file to write") @Completes(Kind.FILE) String file,
            CommandContext ctx) {
        Path target = Path.of(Arguments.required(file, "record start FILE"));
        journal.startRecording(target, clock.instant());
        output.line(ctx, "Recording to " + target + ": 'record stop' writes it");
    }

    @Command(name = "record stop", group = "Scripting",
            description = "Write the commands that succeeded since 'record start' as a script -f replays",
            help = "Give another FILE when the first cannot be written: the recording goes on until one is.")
    public void stop(@Argument(index = 0, description = "write here instead")
            @Completes(Kind.FILE) String file, CommandContext ctx) {
        Journal.Recording recording = journal.recording();
        if (recording == null) {
            throw ShellException.usage("not recording: 'record start FILE' first");
        }
        Path target = file == null || file.isBlank() ? recording.file() : Path.of(file);
        output.writeFile(target, ScriptText.script(origin(), recording.lines()));
        journal.stopRecording();
        output.line(ctx, "Recorded " + recording.lines().size() + " command"
                + (recording.lines().size() == 1 ? "" : "s") + " to " + target);
    }

    @Command(name = "history", group = "Scripting", description = "Show the commands of this session")
    public void history(@Option(longName = "output", shortName = 'o', description = "table, csv or json")
            String format, CommandContext ctx) {
        output.list(ctx, HISTORY, journal.entries().stream(), format);
    }

    @Command(name = "history save", group = "Scripting",
            description = "Write this session's commands as a script; failed ones as comments")
    public void save(@Argument(index = 0, description = "the script file to write")
            @Completes(Kind.FILE) String file, CommandContext ctx) {
        Path target = Path.of(Arguments.required(file, "history save FILE"));
        List<String> lines = new ArrayList<>();
        for (Journal.Entry entry : journal.entries()) {
            if (entry.exitCode() != 0) {
                lines.add("# failed with exit code " + entry.exitCode() + ": " + entry.line());
            } else if (entry.replay() != null) {
                lines.add(entry.replay());
            }
        }
        output.writeFile(target, ScriptText.script(origin(), lines));
        output.line(ctx, "Saved " + lines.size() + " line" + (lines.size() == 1 ? "" : "s") + " to " + target);
    }

    private ScriptText.Origin origin() {
        Connection c = session.connection();
        return new ScriptText.Origin(clock.instant(), client.endpoints().apiUrl().toString(),
                c == null ? null : c.user(), variables.fromCommandLine());
    }
}
