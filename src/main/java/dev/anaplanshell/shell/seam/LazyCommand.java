package dev.anaplanshell.shell.seam;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Completions;
import dev.anaplanshell.core.ShellException;

import jakarta.validation.Validator;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.adapter.MethodInvokerCommandAdapter;
import org.springframework.shell.core.command.availability.AvailabilityProvider;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.DefaultCompletionProvider;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import org.springframework.shell.core.utils.Utils;

/**
 * A command described by its {@code @Command} method alone ({@link CommandModel}): name, help, options and
 * completion come from the annotations, and the bean that runs it is created on the first run, when Spring Shell's
 * {@link MethodInvokerCommandAdapter} takes over (argument conversion, {@code --help}, validation).
 */
public final class LazyCommand implements Command {

    private final CommandModel model;
    private final Supplier<Object> target;
    private final ListableBeanFactory beans;
    private final ConfigurableConversionService conversions;
    private final AvailabilityProvider availability;
    private final CompletionProvider completion;
    private volatile Command delegate;

    /**
     * {@code target} makes the bean that runs the command; {@code beans} holds the availability provider and
     * exit-status mapper the command names, the validator and {@link Completions}.
     */
    public LazyCommand(CommandModel model, Supplier<Object> target, ListableBeanFactory beans,
            ConfigurableConversionService conversions) {
        this.model = model;
        this.target = target;
        this.beans = beans;
        this.conversions = conversions;
        String availabilityBean = model.availabilityProvider();
        this.availability = availabilityBean.isEmpty() ? AvailabilityProvider.alwaysAvailable()
                : () -> beans.getBean(availabilityBean, AvailabilityProvider.class).get();
        if (!model.exitStatusMapper().isEmpty()) {
            require(model.exitStatusMapper(), ExitStatusExceptionMapper.class);
        }
        this.completion = new TypedCompletion(model, () -> beans.getBean(Completions.class));
    }

    public CommandModel model() {
        return model;
    }

    @Override
    public ExitStatus execute(CommandContext context) throws Exception {
        List<CommandModel.Positional> arguments = model.arguments();
        if (!model.variadic() && context.parsedInput().arguments().size() > arguments.size()) {
            String extra = context.parsedInput().arguments().get(arguments.size()).value();
            throw ShellException.usage("unexpected argument '" + extra + "' for '" + model.name()
                    + "' (quote a value with blanks; see 'help " + model.name() + "')");
        }
        return delegate().execute(context);
    }

    private Command delegate() {
        Command adapter = delegate;
        if (adapter == null) {
            Validator validator = model.constrained()
                    ? beans.getBeanProvider(Validator.class).getIfAvailable(Utils::defaultValidator)
                    : UnconstrainedValidator.INSTANCE;
            MethodInvokerCommandAdapter created = new MethodInvokerCommandAdapter(model.name(), model.description(),
                    model.group(), getHelp(), model.hidden(), model.method(), target.get(), conversions, validator);
            created.setAliases(model.aliases());
            created.setOptions(model.options());
            created.setAvailabilityProvider(availability);
            created.setCompletionProvider(completion);
            if (!model.exitStatusMapper().isEmpty()) {
                created.setExitStatusExceptionMapper(
                        beans.getBean(model.exitStatusMapper(), ExitStatusExceptionMapper.class));
            }
            delegate = adapter = created;
        }
        return adapter;
    }

    private void require(String bean, Class<?> type) {
        if (!beans.containsBean(bean) || !beans.isTypeMatch(bean, type)) {
            throw new IllegalStateException(model + " names " + type.getSimpleName() + " '" + bean
                    + "', which is not a bean of that type");
        }
    }

    @Override
    public String getName() {
        return model.name();
    }

    @Override
    public String getDescription() {
        return model.description();
    }

    @Override
    public String getHelp() {
        return model.help();
    }

    @Override
    public boolean isHidden() {
        return model.hidden();
    }

    @Override
    public String getGroup() {
        return model.group();
    }

    @Override
    public List<String> getAliases() {
        return model.aliases();
    }

    @Override
    public List<CommandOption> getOptions() {
        return model.options();
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
        return other instanceof Command command && model.name().equals(command.getName());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(model.name());
    }

    @Override
    public String toString() {
        return model.toString();
    }

    /**
     * Completion derived from the declaration: the parameter under the cursor (the option whose value it is, else
     * the positional argument at its place) and the {@link Completes} kind it declares; Spring Shell's default
     * (enum values) for a parameter that declares none.
     */
    private record TypedCompletion(CommandModel model, Supplier<Completions> completions) implements CompletionProvider {

        private static final CompletionProvider DEFAULT = new DefaultCompletionProvider();

        @Override
        public List<CompletionProposal> apply(CompletionContext context) {
            Completes what = context.getCommandOption() != null
                    ? model.optionCompletes(context.getCommandOption().longName())
                    : model.argumentCompletes(ShellCompleter.argumentIndex(context));
            return what == null ? DEFAULT.apply(context) : completions.get().of(what, context);
        }
    }
}
