package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doc-test: every fenced example in README.md and docs/*.md marked runnable is run against the sandbox, and what
 * the shell prints is compared with what the example says it prints. The marker and the rules are in
 * docs/contributing.md; in short:
 * <ul>
 * <li>{@code <!-- doctest -->} on the line before the fence marks a block;</li>
 * <li>{@code anaplan...> COMMAND} lines are commands, the lines after one (to the next command) what it prints,
 * standard output and error together; {@code ...} alone on a line stands for any number of lines, inside a line for
 * any text; trailing blanks do not count;</li>
 * <li>{@code $ cat FILE} then the file's lines: before the block's first command, a file the example starts from
 * (written before the run); after it, what the file holds once the examples have run;</li>
 * <li>{@code $ anaplan-shell ARGS} (or {@code $ java -jar ...anaplan-shell.jar ARGS}, no pipes or redirections) runs
 * the launcher on its own, and {@code $ echo $?} then a number is its exit code;</li>
 * <li>a question answered {@code y} in the example ({@code ...? [y/N] y}) is run with {@code --yes}, as a script
 * must; {@code /tmp} is a folder of the test's own, as is the working folder;</li>
 * <li>a block's first prompt sets the scene: {@code anaplan:Workspace/Model>} runs {@code use-model 'Model'}
 * first, {@code anaplan (not logged in)>} runs {@code logout}; both unseen.</li>
 * </ul>
 * One document's prompt lines run in order in one shell process ({@code --sandbox --continue-on-error}, commands on
 * standard input), so one block may use what an earlier one made; its launcher lines run after, each in a process of
 * its own. The shell sees no terminal: tables are one line a row, nothing asks and no progress is shown; a script's
 * error location ({@code <stdin>:N:}) is left out, as the prompt prints none.
 *
 * <p>Examples left unmarked, with why: logins against a real tenant (passwords, certificates, OAuth on
 * {@code iam.anaplan.com}, profiles on {@code eu3}: authentication.md, the login and profile examples of commands.md,
 * the recorded session of scripting.md); shell pipelines, scripts and installs ({@code | jq}, {@code $(...)},
 * {@code tar}, {@code openssl}); Ctrl-C and interactive progress; file formats and generated listings; uploads of
 * files the example does not show (bulk.md's 2.9 MB {@code sales.csv}); and benchmark output.
 */
class DocExamplesIT {

    private static final String MARKER = "<!-- doctest -->";
    private static final Pattern PROMPT = Pattern.compile("^(anaplan[^>\\n]*)> (.*)$");
    private static final Pattern MODEL_PROMPT = Pattern.compile("^anaplan:[^/]+/(.+)$");
    private static final Pattern CAT = Pattern.compile("^\\$ cat (\\S+)$");
    private static final Pattern LAUNCH = Pattern.compile("^\\$ (?:java -jar \\S*anaplan-shell\\.jar|anaplan-shell)((?: .*)?)$");
    private static final String EXIT_CODE = "$ echo $?";
    private static final Pattern TMP = Pattern.compile("(?<![\\w.~])/tmp(?=/|\\s|$|'|\")");
    private static final Pattern SCRIPT_LOCATION = Pattern.compile("(?m)^error: <stdin>:\\d+: ");
    private static final String ANSWERED_YES = "[y/N] y";
    private static final String SEPARATOR = "@@doctest@@";
    private static final Pattern SET_TIMING = Pattern.compile("^set timing (on|off)\\s*$", Pattern.CASE_INSENSITIVE);

    /** One step of a block: a command and what it prints, or a file and what it holds. */
    private record Step(String where, String command, String file, List<String> expected, boolean hidden,
            List<String> launch) {

        Step(String where, String command, String file, List<String> expected, boolean hidden) {
            this(where, command, file, expected, hidden, null);
        }
    }

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> every_marked_example_prints_what_the_docs_say() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            List<Step> steps = steps(file);
            if (!steps.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(file.toString(), () -> check(file, steps)));
            }
        }
        assertThat(tests).as("documents with runnable examples").hasSizeGreaterThan(5);
        return tests.stream();
    }

    @Test
    void should_compare_line_by_line_with_ellipses_for_lines_and_text() {
        List<String> expected = List.of("Wrote 4 rows to /tmp/m.csv", "...", "Time: ... ms");
        assertThat(matches(expected, "Wrote 4 rows to /tmp/m.csv\nTime: 3.1 ms\n")).isTrue();
        assertThat(matches(expected, "Wrote 4 rows to /tmp/m.csv  \na\nb\nTime: 38.207 ms\n\n")).isTrue();
        assertThat(matches(expected, "Wrote 5 rows to /tmp/m.csv\nTime: 3.1 ms\n")).isFalse();
        assertThat(matches(expected, "Wrote 4 rows to /tmp/m.csv\nTime: 3.1 ms\nmore\n")).isFalse();
        assertThat(words("-c \"a 'b'; c\" 'd e' f\\ g")).containsExactly("-c", "a 'b'; c", "d e", "f g");
    }

    private void check(Path doc, List<Step> steps) throws Exception {
        Path work = Files.createDirectories(dir.resolve(doc.getFileName().toString()));
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        StringBuilder script = new StringBuilder();
        List<Step> commands = new ArrayList<>();
        List<Step> checks = new ArrayList<>();
        List<Step> launches = new ArrayList<>();
        for (Step step : steps) {
            if (step.launch() != null) {
                launches.add(step);
            } else if (step.file() == null) {
                String line = inTmp(step.command(), tmp);
                script.append(line).append('\n').append("echo ").append(SEPARATOR).append('\n');
                commands.add(step);
            } else if (step.hidden()) {
                Path input = work.resolve(inTmp(step.file(), tmp));
                Files.writeString(input, String.join("\n", step.expected()) + "\n", StandardCharsets.UTF_8);
            } else {
                checks.add(step);
            }
        }
        ShellProcess.Run run = merged(work).input(script.toString()).run("--sandbox", "--continue-on-error");
        String out = SCRIPT_LOCATION.matcher(run.out()).replaceAll("error: ").replace(tmp.toString(), "/tmp");
        String[] printed = out.split("(?m)^" + SEPARATOR + "\\n", -1);
        SoftAssertions soft = new SoftAssertions();
        boolean timing = false;
        for (int i = 0; i < commands.size(); i++) {
            Step step = commands.get(i);
            String actual = i < printed.length ? printed[i] : "(the shell had stopped)";
            if (timing) { // with 'set timing on' the separator's echo is timed too: its time starts the next part
                actual = actual.replaceFirst("^Time: [0-9.]+ ms\\n", "");
            }
            Matcher setTiming = SET_TIMING.matcher(step.command());
            timing = setTiming.matches() ? setTiming.group(1).equalsIgnoreCase("on") : timing;
            if (!step.hidden()) {
                expect(soft, step, step.command(), actual);
            }
        }
        Integer lastExit = null;
        for (Step step : launches) {
            if (step.command().equals(EXIT_CODE)) {
                soft.assertThat(String.valueOf(lastExit)).as("%s: exit code", step.where())
                        .isEqualTo(String.join("", trimmed(step.expected())).strip());
                continue;
            }
            ShellProcess.Run one = merged(work).run(step.launch().stream().map(w -> inTmp(w, tmp)).toList());
            lastExit = one.exitCode();
            String actual = one.out().replace(tmp.toString(), "/tmp");
            expect(soft, step, step.command(), actual);
        }
        for (Step step : checks) {
            Path file = work.resolve(inTmp(step.file(), tmp));
            String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no such file)";
            expect(soft, step, "cat " + step.file(), actual);
        }
        soft.assertAll();
    }

    private static void expect(SoftAssertions soft, Step step, String what, String actual) {
        soft.assertThat(matches(step.expected(), actual))
                .as("%s: %s%nexpected:%n%s%ngot:%n%s", step.where(), what, String.join("\n", step.expected()), actual)
                .isTrue();
    }

    /** {@code /tmp} in a command or file name as the test's own folder. */
    private static String inTmp(String text, Path tmp) {
        return TMP.matcher(text).replaceAll(Matcher.quoteReplacement(tmp.toString()));
    }

    /** The launcher in {@code work}, its standard error merged into its standard output, as a terminal shows them. */
    private static ShellProcess merged(Path work) {
        return ShellProcess.launcher(work, "sh", "-c", "exec \"$@\" 2>&1", "sh", ShellProcess.LAUNCHER)
                .env("NO_COLOR", "1").env("ANAPLAN_SHELL_HOME", work.resolve("home").toString());
    }

    /** The blocks of {@code doc} marked runnable, as steps in document order. */
    static List<Step> steps(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) { // an unmarked block: a marker inside it is only shown
                String fence = lines.get(i).replaceAll("^(`+).*", "$1");
                do {
                    i++;
                } while (i < lines.size() && !lines.get(i).strip().equals(fence));
                continue;
            }
            if (!lines.get(i).strip().equals(MARKER)) {
                continue;
            }
            int open = i + 1;
            if (open >= lines.size() || !lines.get(open).startsWith("```")) {
                throw new AssertionError(doc + ":" + (i + 1) + ": " + MARKER + " not followed by a fence");
            }
            int close = open + 1;
            while (close < lines.size() && !lines.get(close).startsWith("```")) {
                close++;
            }
            block(doc, open + 2, lines.subList(open + 1, Math.min(close, lines.size())), steps);
            i = close;
        }
        return steps;
    }

    private static void block(Path doc, int firstLine, List<String> body, List<Step> steps) {
        boolean first = true;
        Step current = null;
        for (int n = 0; n < body.size(); n++) {
            String line = body.get(n);
            String where = doc + ":" + (firstLine + n);
            Matcher prompt = PROMPT.matcher(line);
            Matcher cat = CAT.matcher(line);
            if (prompt.matches()) {
                if (first) {
                    scene(prompt.group(1), where, steps);
                    first = false;
                }
                current = new Step(where, prompt.group(2), null, new ArrayList<>(), false);
                steps.add(current);
            } else if (cat.matches()) {
                // before the block's first command: a file the example starts from (marked hidden)
                current = new Step(where, null, cat.group(1), new ArrayList<>(), first);
                steps.add(current);
            } else if (LAUNCH.matcher(line).matches() && !line.matches(".*[|<>`]|.*\\$\\(.*")) {
                Matcher launch = LAUNCH.matcher(line);
                launch.matches();
                current = new Step(where, line.substring(2), null, new ArrayList<>(), false, words(launch.group(1)));
                steps.add(current);
                first = false;
            } else if (line.equals(EXIT_CODE) && current != null && current.launch() != null) {
                current = new Step(where, EXIT_CODE, null, new ArrayList<>(), false, List.of());
                steps.add(current);
            } else if (line.startsWith("$ ")) {
                throw new AssertionError(where + ": only '$ cat FILE', '$ anaplan-shell ARGS' (no pipes or redirections) "
                        + "and '$ echo $?' after it run in a doc-test: " + line);
            } else if (current == null) {
                throw new AssertionError(where + ": a runnable block starts with a prompt or '$ cat FILE': " + line);
            } else if (current.file() == null && line.strip().endsWith(ANSWERED_YES)) {
                Step yes = new Step(current.where(), current.command() + " --yes", null, current.expected(), false);
                steps.set(steps.size() - 1, yes);
                current = yes;
            } else {
                current.expected().add(line);
            }
        }
    }

    /** The words of a command line as a POSIX shell splits them: single quotes keep all, double quotes allow \\". */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (c == '\\' && quote != '\'' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static void scene(String prompt, String where, List<Step> steps) {
        Matcher model = MODEL_PROMPT.matcher(prompt);
        if (model.matches()) {
            steps.add(new Step(where, "use-model '" + model.group(1) + "'", null, List.of(), true));
        } else if (prompt.contains("not logged in")) {
            steps.add(new Step(where, "logout", null, List.of(), true));
        }
    }

    /**
     * Whether {@code actual} is what {@code expected} says: line by line, trailing blanks and blank lines at the end
     * aside; {@code ...} alone on a line is any number of lines, inside a line any text.
     */
    static boolean matches(List<String> expected, String actual) {
        StringBuilder regex = new StringBuilder();
        for (String line : trimmed(expected)) {
            if (line.equals("...")) {
                regex.append("(?:[^\\n]*\\n)*?");
                continue;
            }
            String[] parts = line.split("\\.\\.\\.", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    regex.append("[^\\n]*?");
                }
                if (!parts[p].isEmpty()) {
                    regex.append(Pattern.quote(parts[p]));
                }
            }
            regex.append("\\n");
        }
        String text = String.join("\n", trimmed(actual.replace("\r", "").lines().toList()));
        return Pattern.compile(regex.toString()).matcher(text.isEmpty() ? "" : text + "\n").matches();
    }

    private static List<String> trimmed(List<String> lines) {
        List<String> out = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
