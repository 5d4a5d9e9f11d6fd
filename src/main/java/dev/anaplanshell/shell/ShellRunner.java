package dev.anaplanshell.shell;

import java.io.Console;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.anaplanshell.auth.Authenticator;
import dev.anaplanshell.core.ConfigHome;
import dev.anaplanshell.core.Consoles;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.session.Journal;
import dev.anaplanshell.shell.seam.Quit;
import dev.anaplanshell.shell.seam.QuotingParser;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.jline.JLineInputReader;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

/**
 * Runs the shell: the interactive loop, or the commands of {@code -c} / {@code -f} / standard input without a
 * prompt ({@link ScriptRunner}). Named like Spring Shell's runner so that it replaces it.
 */
@Component("springShellApplicationRunner")
public class ShellRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ShellSettings settings;
    private final CommandRunner commands;
    private final ScriptRunner scripts;
    private final ErrorHandler errors;
    private final ObjectProvider<Authenticator> authenticator;
    private final ObjectProvider<LineReader> lineReader;
    private final PromptProvider prompt;
    private final SecretFilter secrets;
    private final Journal journal;
    private boolean unsavedWarned;
    private int exitCode = ExitCodes.OK;

    /** The authenticator (and with it the HTTP client) is made only for a login at start: {@code -c help} needs neither. */
    public ShellRunner(ShellSettings settings, CommandRunner commands, ScriptRunner scripts, ErrorHandler errors,
            ObjectProvider<Authenticator> authenticator, ObjectProvider<LineReader> lineReader, PromptProvider prompt,
            SecretFilter secrets, Journal journal) {
        this.secrets = secrets;
        this.journal = journal;
        this.settings = settings;
        this.commands = commands;
        this.scripts = scripts;
        this.errors = errors;
        this.authenticator = authenticator;
        this.lineReader = lineReader;
        this.prompt = prompt;
    }

    @Override
    public void run(ApplicationArguments args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            if (settings.script() != null) {
                login();
                exitCode = runScript(settings.script(), err);
            } else {
                // the login at start runs while the terminal and line reader are made; the prompt waits for it
                CompletableFuture<Void> loggedIn = settings.login() == null ? CompletableFuture.completedFuture(null)
                        : CompletableFuture.runAsync(this::login, ShellRunner::startThread);
                LineReader reader = lineReader.getObject();
                try {
                    loggedIn.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
                exitCode = interactive(reader);
            }
        } catch (RuntimeException e) {
            exitCode = errors.report(e, err);
        }
    }

    private void login() {
        if (settings.login() != null) {
            authenticator.getObject().loginBasic(settings.login().user(), settings.login().password().toCharArray());
        }
    }

    private static void startThread(Runnable task) {
        Thread thread = new Thread(task, "login-at-start");
        thread.setDaemon(true);
        thread.start();
    }

    private int runScript(ShellSettings.Script script, PrintWriter err) {
        return scripts.run(script, StandardOutput.open(), err, new ConsoleReader(Consoles.interactive()));
    }

    private int interactive(LineReader reader) {
        if (reader instanceof LineReaderImpl impl) {
            // completed names with blanks arrive quoted ('FP&A Plan'); Spring Shell's parser does not quote at all
            impl.setParser(new QuotingParser());
        }
        // no '!' history expansion: it would also strip the backslashes our tokenizer reads
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        // between commands Ctrl-C is ignored, not the JVM's default (exit): JLine's prompt clears the line, a
        // running command is cancelled (CommandRunner.runInterruptibly), and the moment between the two is safe
        reader.getTerminal().handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN);
        PrintWriter out = reader.getTerminal().writer();
        FilteringHistory history = useHistoryFile(reader);
        if (!settings.run().output().quiet()) {
            if (settings.banner() != null) {
                out.println(settings.banner());
            }
            out.println("Type 'help' for commands, Tab to complete, 'exit' to leave.");
        }
        out.flush();
        InputReader in = new MaskedInput(new JLineInputReader(reader), history);
        StartupScript.run(settings.home(), commands, out, in);
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt.getPrompt().toAnsi(reader.getTerminal()));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                recordingLost(out, in);
                break;
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (Quit.is(line) && !recordingLost(out, in)) {
                break;
            }
            commands.runInterruptibly(line, out, out, in);
        }
        saveHistory(reader);
        return ExitCodes.OK;
    }

    /**
     * {@code exit} while recording writes the recording, as {@code record stop} would; when it cannot be written the
     * shell stays, says so, and a second {@code exit} leaves without it.
     */
    private boolean recordingLost(PrintWriter out, InputReader in) {
        if (journal.recording() == null) {
            return false;
        }
        if (commands.run("record stop", out, out, in) == ExitCodes.OK || unsavedWarned) {
            return false;
        }
        unsavedWarned = true;
        out.println("The recording is not saved: 'record stop OTHER_FILE' to save it elsewhere, or 'exit' again to"
                + " leave without it.");
        out.flush();
        return true;
    }

    /** History lives in the configuration folder, owner-only, and never keeps a secret. */
    private FilteringHistory useHistoryFile(LineReader reader) {
        Path file = settings.home().resolve("history");
        FilteringHistory history = new FilteringHistory(secrets, file);
        try {
            ConfigHome.ensure(settings.home());
            ConfigHome.ensurePrivateFile(file);
            reader.setVariable(LineReader.HISTORY_FILE, file);
            if (reader instanceof LineReaderImpl impl) {
                impl.setHistory(history);
            }
            history.attach(reader);
        } catch (IOException | RuntimeException e) {
            // an unwritable folder leaves history in memory for this session only
        }
        return history;
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // losing history is not worth a failure at exit
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Secrets in scripts come from the console when there is one, never echoed. */
    private static final class ConsoleReader implements InputReader {
        private final Console console;

        ConsoleReader(Console console) {
            this.console = console;
        }

        @Override
        public String readInput(String promptText) {
            if (console == null) {
                throw ShellException.usage("no terminal to ask for input on");
            }
            return console.readLine("%s", promptText);
        }

        @Override
        public char[] readPassword(String promptText) {
            if (console == null) {
                throw ShellException.usage("no terminal to ask for a password: use --password-stdin or ANAPLAN_PASSWORD");
            }
            return console.readPassword("%s", promptText);
        }
    }

    /** What is typed at a masked prompt never enters the history. */
    private static final class MaskedInput implements InputReader {
        private final InputReader target;
        private final FilteringHistory history;

        MaskedInput(InputReader target, FilteringHistory history) {
            this.target = target;
            this.history = history;
        }

        @Override
        public String readInput(String promptText) throws Exception {
            return target.readInput(promptText);
        }

        @Override
        public char[] readPassword(String promptText) throws Exception {
            history.suspend(true);
            try {
                return target.readPassword(promptText);
            } finally {
                history.suspend(false);
            }
        }
    }
}
