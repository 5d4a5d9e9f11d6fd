package dev.anaplanshell.shell.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Completions;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.support.ShellHarness;

import org.jline.reader.Candidate;
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

/**
 * Completion derived from the parameters' {@link Completes}: it follows the parameter, not its position, and every
 * registered command that takes a name of something in Anaplan says what it completes.
 */
class TypedCompletionTest {

    /** An argument or option that names an Anaplan object, as its help describes it. */
    private static final Pattern NAMES_AN_OBJECT = Pattern.compile("(?i)(.*\\bname or ID\\b.*|task ID)");
    private static final List<String> NAME_OPTIONS = List.of("workspace", "model", "against", "module", "list", "view");

    @TempDir
    static Path home;
    private static ShellHarness shell;

    @BeforeAll
    static void start() {
        shell = ShellHarness.start(home);
    }

    @AfterAll
    static void stop() {
        shell.close();
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

    private static List<String> complete(CommandRegistry registry, String line) {
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

        assertThat(complete(registry, "sample copy in.csv FP")).contains("FP&A Plan", "Sales Forecast");
        assertThat(complete(registry, "sample copy ")).doesNotContain("FP&A Plan");
        assertThat(complete(registry, "sample copy --module INP in.csv ")).contains("FP&A Plan");
        assertThat(complete(registry, "sample copy in.csv --module INP")).contains("INP01 Revenue Drivers")
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
                "tasks status TASKID", "exports run EXPORT");
    }
}
