package dev.anaplanshell.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

import dev.anaplanshell.shell.seam.CommandModel;
import dev.anaplanshell.shell.seam.LazyCommand;
import dev.anaplanshell.shell.seam.QuotingParser;
import dev.anaplanshell.shell.seam.ShellCompleter;
import dev.anaplanshell.support.ShellHarness;

import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Tab completion of live names, as the REPL's line reader asks for it, derived from the parameters' {@link Completes}:
 * it follows the parameter, not its position, and every registered command that takes a name of something in
 * Anaplan says what it completes.
 */
class CompletionTest {

    /** An argument or option that names an Anaplan object, as its help describes it. */
    private static final Pattern NAMES_AN_OBJECT = Pattern.compile("(?i)(.*\\bname or ID\\b.*|task ID)");
    private static final List<String> NAME_OPTIONS = List.of("workspace", "model", "against", "module", "list", "view",
            "kind", "object");

    @TempDir
    static Path home;
    private static ShellHarness shell;
    private final QuotingParser parser = new QuotingParser();

    @BeforeAll
    static void start() {
        shell = ShellHarness.start(home);
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    private List<Candidate> complete(String line) {
        ParsedLine parsed = parser.parse(line, line.length(), ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        shell.bean(CommandCompleter.class).complete(null, parsed, candidates);
        return candidates;
    }

    @Test
    void should_offer_nothing_but_commands_when_logged_out() {
        shell.ok("logout");
        assertThat(complete("use-model F")).isEmpty();
        assertThat(complete("lineitems ex")).extracting(Candidate::value).contains("export");
    }

    @Test
    void should_offer_live_model_names_and_ids_for_use_model() {
        shell.loggedIn();
        List<Candidate> candidates = complete("use-model FP");
        assertThat(candidates).extracting(Candidate::value).contains("FP&A Plan", "Sales Forecast", "Workforce Plan");
        String id = candidates.stream().filter(c -> c.value().equals("FP&A Plan")).findFirst().orElseThrow().descr();
        assertThat(candidates).extracting(Candidate::value).contains(id);
    }

    /**
     * The line a JLine line reader accepts after the keys {@code typed} ({@code \t} is Tab) and Enter. The input
     * stays open, as a keyboard does: a line left with an open quote is not accepted, and the wait fails.
     */
    private String keys(String typed) throws IOException {
        PipedOutputStream keyboard = new PipedOutputStream();
        java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
        try (Terminal terminal = new ExternalTerminal("test", "xterm", new PipedInputStream(keyboard, 4096),
                screen, StandardCharsets.UTF_8)) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .completer(shell.bean(CommandCompleter.class)).parser(new QuotingParser()).build();
            keyboard.write((typed + "\r").getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.readLine(),
                    () -> "no line accepted; the screen: " + screen.toString(StandardCharsets.UTF_8));
        } finally {
            keyboard.close();
        }
    }

    @Test
    void should_quote_a_completed_name_with_blanks_in_single_quotes_whoever_opened_the_quote() {
        CompletingParsedLine bare = (CompletingParsedLine) parser.parse("use-model FP", 12, ParseContext.COMPLETE);
        assertThat(bare.escape("FP&A Plan", true)).hasToString("'FP&A Plan'");
        assertThat(bare.escape("FP&A Plan", false)).hasToString("'FP&A Plan");
        assertThat(bare.escape("Plain", true)).hasToString("Plain");
        assertThat(bare.escape("Bob's Plan", true)).hasToString("'Bob'\\''s Plan'");
        CompletingParsedLine opened = (CompletingParsedLine) parser.parse("use-model \"FP", 13, ParseContext.COMPLETE);
        assertThat(opened.escape("FP&A Plan", true)).hasToString("'FP&A Plan'");
    }

    @Test
    void should_leave_the_quote_open_while_several_names_share_the_typed_prefix() throws IOException {
        shell.loggedIn();
        // the quote stays open: what is typed after Tab continues the name
        assertThat(keys("use-model FP\t (DEV)'")).isEqualTo("use-model 'FP&A Plan (DEV)'");
        assertThat(keys("use-model 'FP&A Plan (\t")).isEqualTo("use-model 'FP&A Plan (DEV)' ");
        assertThat(keys("use-model Sal\t")).isEqualTo("use-model 'Sales Forecast' ");
    }

    @Test
    void should_complete_command_words_unquoted() throws IOException {
        assertThat(keys("lin\t")).isEqualTo("lineitems ");
        assertThat(keys("lineitems exp\t")).isEqualTo("lineitems export ");
        assertThat(complete("lineitems ")).extracting(Candidate::value).contains("list", "export", "refs")
                .allMatch(word -> !word.contains(" "));
    }

    @Test
    void should_complete_module_dot_line_item_names_in_single_quotes() throws IOException {
        shell.loggedIn().ok("use-model 'FP&A Plan'");
        assertThat(keys("lineitems refs CAL01\tNet Revenue'")).isEqualTo("lineitems refs 'CAL01 Revenue.Net Revenue'");
        assertThat(keys("lineitems refs 'CAL07 Cash Flow'.Col\t"))
                .isEqualTo("lineitems refs 'CAL07 Cash Flow.Collections' ");
                assertThat(keys("lineitems refs 'CAL01 Revenue.Net R\t FY'"))
                .isEqualTo("lineitems refs 'CAL01 Revenue.Net Revenue FY'");
    }

    @Test
    void should_say_names_are_loading_when_the_service_is_slower_than_the_wait() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Duration before = LiveNames.limit;
        LiveNames.limit = Duration.ofMillis(1);
        try {
            List<String> first = LiveNames.watchingForSlowLoads(() -> LiveNames.within("slow", () -> {
                await(release);
                return List.of("FP&A Plan");
            }));
            assertThat(first).isEmpty();
            assertThat(LiveNames.slowLoadSeen()).isTrue();
            release.countDown();
            LiveNames.limit = Duration.ofSeconds(5);
            List<String> second = LiveNames.watchingForSlowLoads(() -> LiveNames.within("slow", List::of));
            assertThat(second).isIn(List.of("FP&A Plan"), List.of());
            assertThat(LiveNames.slowLoadSeen()).isFalse();
        } finally {
            LiveNames.limit = before;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void should_offer_modules_of_the_current_model_for_the_module_option_and_files_for_the_export_file() {
        shell.loggedIn().ok("use-model 'FP&A Plan'");
        assertThat(complete("lineitems list --module INP")).extracting(Candidate::value)
                .contains("INP01 Revenue Drivers", "INP04 Zürich Office Costs");
        assertThat(complete("lineitems export out.csv --module ")).extracting(Candidate::value)
                .contains("SYS01 Time Settings");
        assertThat(complete("lineitems list --")).extracting(Candidate::value).contains("--module", "--output");
        assertThat(complete("lineitems export ")).extracting(Candidate::value).doesNotContain("SYS01 Time Settings");
    }

    @Test
    void should_offer_the_bulk_objects_of_the_kind_given_by_the_kind_option() {
        shell.loggedIn().ok("use-model 'FP&A Plan'");
        assertThat(complete("tasks status --kind ")).extracting(Candidate::value)
                .containsExactlyInAnyOrder("imports", "exports", "processes", "actions");
        List<String> exports = complete("exports run ").stream().map(Candidate::value).toList();
        assertThat(exports).isNotEmpty();
        assertThat(complete("tasks wait --kind exports --object ")).extracting(Candidate::value)
                .containsExactlyInAnyOrderElementsOf(exports);
    }

    @Test
    void should_offer_workspaces_for_use_workspace() {
        shell.loggedIn();
        assertThat(complete("use-workspace ")).extracting(Candidate::value).contains("Acme Planning");
    }

    /** The arguments in the other order than the parameters: the file first on the line, the model second. */
    static final class Reordered {
        @org.springframework.shell.core.command.annotation.Command(name = "sample copy", description = "a sample")
        public void copy(@Argument(index = 1, description = "model name or ID") @Completes(Kind.MODEL) String model,
                @Argument(index = 0, description = "the file to read") @Completes(Kind.FILE) String file,
                @Option(longName = "module", description = "module name or ID") @Completes(Kind.MODULE) String module) {
        }

        @org.springframework.shell.core.command.annotation.Command(name = "sample named", completionProvider = "x")
        public void named(@Argument(index = 0) String model) {
        }
    }

    private static List<String> completeOn(CommandRegistry registry, String line) {
        List<Candidate> candidates = new ArrayList<>();
        new ShellCompleter(registry).complete(null,
                new QuotingParser().parse(line, line.length(), ParseContext.COMPLETE), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void should_complete_each_argument_by_its_declared_kind_whatever_its_place_among_the_parameters()
            throws Exception {
        shell.loggedIn().ok("use-model 'FP&A Plan'");
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("completions", shell.bean(Completions.class));
        Method copy = Reordered.class.getMethod("copy", String.class, String.class, String.class);
        CommandRegistry registry = new CommandRegistry();
        registry.registerCommand(new LazyCommand(CommandModel.of(copy), Reordered::new, beans,
                new DefaultConversionService()));

        assertThat(completeOn(registry, "sample copy in.csv FP")).contains("FP&A Plan", "Sales Forecast");
        assertThat(completeOn(registry, "sample copy ")).doesNotContain("FP&A Plan");
        assertThat(completeOn(registry, "sample copy --module INP in.csv ")).contains("FP&A Plan");
        assertThat(completeOn(registry, "sample copy in.csv --module INP")).contains("INP01 Revenue Drivers")
                .doesNotContain("FP&A Plan");
        assertThat(shell.bean(Completions.class)).isNotNull();
    }

    @Test
    void should_refuse_a_command_that_names_a_completion_provider_bean() throws Exception {
        Method named = Reordered.class.getMethod("named", String.class);
        assertThatThrownBy(() -> CommandModel.of(named)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@Completes");
    }

    @Test
    void should_declare_a_kind_on_every_parameter_of_every_command_that_takes_a_name_of_an_anaplan_object() {
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Command command : shell.bean(CommandRegistry.class).getCommands()) {
            if (!(command instanceof LazyCommand lazy)) {
                continue;
            }
            CommandModel model = lazy.model();
            List<CommandModel.Positional> arguments = model.arguments();
            for (int i = 0; i < arguments.size(); i++) {
                if (NAMES_AN_OBJECT.matcher(arguments.get(i).description()).matches()) {
                    if (model.argumentCompletes(i) == null) {
                        missing.add(model.name() + " " + arguments.get(i).label());
                    }
                    checked.add(model.name() + " " + arguments.get(i).label());
                }
            }
            for (CommandOption option : model.options()) {
                if (NAME_OPTIONS.contains(option.longName())
                        || NAMES_AN_OBJECT.matcher(String.valueOf(option.description())).matches()) {
                    if (model.optionCompletes(option.longName()) == null) {
                        missing.add(model.name() + " --" + option.longName());
                    }
                    checked.add(model.name() + " --" + option.longName());
                }
            }
        }
        assertThat(missing).as("parameters naming an Anaplan object without @Completes").isEmpty();
        assertThat(checked).contains("use-model MODEL", "lists diff --against", "lineitems list --module",
                "tasks status TASKID", "exports run EXPORT", "tasks wait --object");
    }
}
