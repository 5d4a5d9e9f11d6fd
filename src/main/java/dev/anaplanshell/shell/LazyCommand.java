package dev.anaplanshell.shell;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.anaplanshell.core.ShellException;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.adapter.MethodInvokerCommandAdapter;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.core.command.availability.AvailabilityProvider;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.DefaultCompletionProvider;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import org.springframework.shell.core.utils.Utils;

/**
 * A command described by its {@code @Command} method alone: name, help, options and completion come from the
 * annotations, and the bean that runs it is created on the first run, when Spring Shell's
 * {@link MethodInvokerCommandAdapter} takes over (argument conversion, {@code --help}, validation).
 */
final class LazyCommand implements Command {

    /** {@code quit}, alias {@code exit}: the prompt and scripts stop on it (ShellRunner, ScriptRunner). */
    static final Command QUIT = new AbstractCommand("quit", "Exit the shell", "Built-In Commands") {
        @Override
        public List<String> getAliases() {
            return List.of("exit");
        }

        @Override
        public ExitStatus doExecute(CommandContext context) {
            return ExitStatus.OK;
        }
    };

    private final Method method;
    private final Supplier<Object> target;
    private final ListableBeanFactory beans;
    private final ConfigurableConversionService conversions;
    private final String name;
    private final String description;
    private final String group;
    private final String help;
    private final boolean hidden;
    private final List<String> aliases;
    /** Options and arguments, read from the parameters' annotations when first asked for (most runs use few commands). */
    private volatile Signature signature;
    private final CompletionProvider completion;
    private final AvailabilityProvider availability;
    private final String exitStatusMapper;
    private volatile Command delegate;

    LazyCommand(Method method, Supplier<Object> target, ListableBeanFactory beans,
            ConfigurableConversionService conversions) {
        this.method = method;
        this.target = target;
        this.beans = beans;
        this.conversions = conversions;
        var command = method.getAnnotation(org.springframework.shell.core.command.annotation.Command.class);
        String joined = String.join(" ", command.name());
        this.name = joined.isEmpty() ? Utils.unCamelify(method.getName()) : joined;
        this.description = command.description().isEmpty() ? "N/A" : command.description();
        this.group = command.group().isEmpty() ? defaultGroup(method.getDeclaringClass()) : command.group();
        this.help = command.help();
        this.hidden = command.hidden();
        this.aliases = List.of(command.alias());
        this.completion = command.completionProvider().isEmpty() ? new DefaultCompletionProvider()
                : lazyCompletion(command.completionProvider());
        this.availability = command.availabilityProvider().isEmpty() ? AvailabilityProvider.alwaysAvailable()
                : () -> bean(command.availabilityProvider(), AvailabilityProvider.class).get();
        this.exitStatusMapper = command.exitStatusExceptionMapper();
        if (!exitStatusMapper.isEmpty()) {
            require(exitStatusMapper, ExitStatusExceptionMapper.class);
        }
    }

    @Override
    public ExitStatus execute(CommandContext context) throws Exception {
        int given = context.parsedInput().arguments().size();
        Signature signature = signature();
        if (!signature.variadic() && given > signature.arguments().size()) {
            String extra = context.parsedInput().arguments().get(signature.arguments().size()).value();
            throw ShellException.usage("unexpected argument '" + extra + "' for '" + name
                    + "' (quote a value with blanks; see 'help " + name + "')");
        }
        return delegate().execute(context);
    }

    private Command delegate() {
        Command adapter = delegate;
        if (adapter == null) {
            Validator validator = constrained(method)
                    ? beans.getBeanProvider(Validator.class).getIfAvailable(Utils::defaultValidator)
                    : UnconstrainedValidator.INSTANCE;
            MethodInvokerCommandAdapter created = new MethodInvokerCommandAdapter(name, description, group, getHelp(),
                    hidden, method, target.get(), conversions, validator);
            created.setAliases(aliases);
            created.setOptions(signature().options());
            created.setAvailabilityProvider(availability);
            created.setCompletionProvider(completion);
            if (!exitStatusMapper.isEmpty()) {
                created.setExitStatusExceptionMapper(bean(exitStatusMapper, ExitStatusExceptionMapper.class));
            }
            delegate = adapter = created;
        }
        return adapter;
    }

    /** The provider is a bean that may need the client: created on the first Tab, not at start. */
    private CompletionProvider lazyCompletion(String bean) {
        require(bean, CompletionProvider.class);
        return context -> bean(bean, CompletionProvider.class).apply(context);
    }

    private void require(String bean, Class<?> type) {
        if (!beans.containsBean(bean) || !beans.isTypeMatch(bean, type)) {
            throw new IllegalStateException("command '" + name + "' names " + type.getSimpleName() + " '" + bean
                    + "', which is not a bean of that type");
        }
    }

    private <T> T bean(String bean, Class<T> type) {
        return beans.getBean(bean, type);
    }

    /** As Spring Shell names it: {@code LineItemCommands} is group "Line Item Commands". */
    private static String defaultGroup(Class<?> type) {
        String words = Utils.splitCamelCase(type.getSimpleName());
        return words.endsWith(" Commands") ? words : words + " Commands";
    }

    /** Whether Bean Validation has anything to check: a constraint (or {@code @Valid}) on the method or a parameter. */
    static boolean constrained(Method method) {
        return Stream.concat(Stream.of(method.getAnnotations()),
                        Stream.of(method.getParameterAnnotations()).flatMap(Stream::of))
                .anyMatch(a -> a.annotationType() == Valid.class
                        || a.annotationType().isAnnotationPresent(Constraint.class));
    }

    private record Signature(List<CommandOption> options, List<String[]> arguments, boolean variadic) {
    }

    private Signature signature() {
        Signature read = signature;
        if (read == null) {
            read = new Signature(options(method), arguments(method),
                    Stream.of(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(Arguments.class)));
            signature = read;
        }
        return read;
    }

    /**
     * The positional arguments in order: the parameter's name in capitals, and its description; an
     * {@code @Arguments} parameter (all the words) is {@code NAME...}.
     */
    private static List<String[]> arguments(Method method) {
        List<String[]> arguments = new ArrayList<>(Stream.of(method.getParameters())
                .filter(p -> p.isAnnotationPresent(Argument.class))
                .sorted(Comparator.comparingInt(p -> p.getAnnotation(Argument.class).index()))
                .map(p -> new String[] {p.getName().toUpperCase(Locale.ROOT), p.getAnnotation(Argument.class).description()})
                .toList());
        Stream.of(method.getParameters()).filter(p -> p.isAnnotationPresent(Arguments.class))
                .forEach(p -> arguments.add(new String[] {p.getName().toUpperCase(Locale.ROOT) + "...", "any number of words"}));
        return List.copyOf(arguments);
    }

    private static List<CommandOption> options(Method method) {
        List<CommandOption> options = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Option option = parameter.getAnnotation(Option.class);
            if (option != null) {
                options.add(CommandOption.with()
                        .shortName(option.shortName())
                        .longName(option.longName().isEmpty() ? parameter.getName() : option.longName())
                        .description(option.description())
                        .required(option.required())
                        .defaultValue(option.defaultValue())
                        .type(parameter.getType())
                        .build());
            }
        }
        return List.copyOf(options);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** Usage, arguments, options and the command's notes: for {@code help NAME} and {@code NAME --help}. */
    @Override
    public String getHelp() {
        Signature signature = signature();
        return CommandHelp.of(name, description, signature.arguments(), signature.options(), aliases, help);
    }

    @Override
    public boolean isHidden() {
        return hidden;
    }

    @Override
    public String getGroup() {
        return group;
    }

    @Override
    public List<String> getAliases() {
        return aliases;
    }

    @Override
    public List<CommandOption> getOptions() {
        return signature().options();
    }

    @Override
    public AvailabilityProvider getAvailabilityProvider() {
        return availability;
    }

    @Override
    public CompletionProvider getCompletionProvider() {
        return completion;
    }

    /** Commands are known by their name, as Spring Shell's are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Command command && name.equals(command.getName());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return "command '" + name + "' (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
    }
}
