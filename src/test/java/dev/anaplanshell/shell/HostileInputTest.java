package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.shell.seam.CommandModel;
import dev.anaplanshell.shell.seam.LazyCommand;
import dev.anaplanshell.support.ShellHarness;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

/**
 * A corpus of malformed input for every registered command, derived from the registry and each command's
 * declaration ({@link CommandModel}) so new commands are covered as they land: each answer is at most one
 * {@code error:} line, never a stack trace, and the session keeps working.
 */
class HostileInputTest {

    private static final String HUGE = "x".repeat(100_000);
    private static final String BINARY = "\u0000\u0001\u00ff\ufffd\u001b[31m";

    @TempDir
    static Path home;
    @TempDir
    static Path files;
    private static ShellHarness shell;

    @BeforeAll
    static void start() {
        shell = ShellHarness.start(home);
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    @TestFactory
    Stream<DynamicTest> should_answer_every_malformed_input_with_at_most_one_line_and_stay_alive() {
        List<String> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        return corpus.stream().map(line -> DynamicTest.dynamicTest(printable(line), () -> {
            shell.loggedIn().ok("use-model 'FP&A Plan'");
            Result r = shell.run(line);
            assertThat(r.err().lines().count()).as("error lines of %s", printable(line)).isLessThanOrEqualTo(1);
            if (r.exitCode() != 0 && r.exitCode() != ExitCodes.FINDINGS) {
                assertThat(r.err()).startsWith("error: ");
            }
            assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ", "at dev.anaplanshell", "at org.");
            assertThat(shell.run("status").exitCode()).isZero();
        }));
    }

    private static List<String> corpus() {
        List<String> corpus = new ArrayList<>(List.of("", "   ", "'", "\"", "'''", "\\", ";", "-", "--", "---x",
                "-o", "nosuch", "NOSUCH command", "use-model", "use-model ''", "use-model \"\"", "use-model " + HUGE,
                "use-model '" + BINARY + "'", "use-model 'FP&A Plan", "use-model \"FP&A Plan", "lineitems",
                "lineitems nosuch", "lineitems export", "lineitems export ''", "lineitems export /",
                "lineitems export /proc/nope/x.csv", "lineitems export " + files + " --module",
                "lineitems export " + files.resolve("x.csv") + " --module ''",
                "lineitems list --module " + HUGE, "models list -o", "models list -o ''", "models list -o=",
                "models list --output=yaml", "models list -o json -o csv", "models list --all=maybe", "login --user",
                "login --user ''", "login --user " + HUGE, "help nosuch", "help " + HUGE, BINARY, HUGE));
        CommandRegistry registry = shell.bean(CommandRegistry.class);
        registry.getCommands().stream()
                .filter(c -> !c.getName().equals("quit") && !c.getName().equals("clear"))
                .sorted(Comparator.comparing(Command::getName))
                .forEach(c -> corpus.addAll(variants(c)));
        return corpus;
    }

    private static List<String> variants(Command command) {
        String name = command.getName();
        List<String> v = new ArrayList<>(List.of(name + " --no-such-option", name + " -Z", name + " 'unbalanced",
                name + " \"unbalanced", name + " " + BINARY, name + " " + HUGE, name + " -- -x/no/such/folder", name + " ''",
                name + " $(rm -rf /tmp/nothing)", name + " ${UNDEFINED}/no/such/folder \\"));
        List<CommandOption> options = command.getOptions();
        if (command instanceof LazyCommand lazy) {
            // from the command's declaration: one argument more than it takes, and each option
            CommandModel model = lazy.model();
            options = model.options();
            if (!model.variadic()) {
                v.add(name + " x".repeat(model.arguments().size() + 1));
            }
        }
        for (CommandOption option : options) {
            String flag = "--" + option.longName();
            v.add(name + " " + flag);
            v.add(name + " " + flag + "=");
            v.add(name + " " + flag + " '' " + flag + " ''");
            v.add(name + " " + flag + " " + BINARY);
        }
        return v;
    }

    private static String printable(String line) {
        String shown = line.length() > 60 ? line.substring(0, 60) + "...(" + line.length() + ")" : line;
        StringBuilder sb = new StringBuilder();
        shown.codePoints().forEach(c -> sb.append(c < 32 || c == 0x7f ? String.format("\\x%02x", c)
                : new String(Character.toChars(c))));
        return "[" + sb + "]";
    }
}
