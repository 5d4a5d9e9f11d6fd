package dev.anaplanshell.shell.seam;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.anaplanshell.completion.Completes;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.core.utils.Utils;

/**
 * A command as its {@code @Command} method declares it: the one place the command's annotations are read. The
 * registry, the parser (through {@link LazyCommand#getOptions()}), {@code help}, completion and the tests' corpus of
 * hostile input all work from this. The parameters are read when first asked for: most runs use few commands.
 */
public final class CommandModel {

    /** A positional argument: {@code LABEL} in help (the parameter's name in capitals), and what it completes. */
    public record Positional(String label, String description, Completes completes) {
    }

    /** Options and arguments, with what each value completes to (null: nothing declared). */
    record Signature(List<CommandOption> options, Map<String, Completes> optionCompletes, List<Positional> arguments,
            Positional rest) {
    }

    private final Method method;
    private final String name;
    private final String description;
    private final String group;
    private final String notes;
    private final boolean hidden;
    private final List<String> aliases;
    private final String availabilityProvider;
    private final String exitStatusMapper;
    private volatile Signature signature;

    private CommandModel(Method method) {
        this.method = method;
        Command command = method.getAnnotation(Command.class);
        String joined = String.join(" ", command.name());
        this.name = joined.isEmpty() ? Utils.unCamelify(method.getName()) : joined;
        this.description = command.description().isEmpty() ? "N/A" : command.description();
        this.group = command.group().isEmpty() ? defaultGroup(method.getDeclaringClass()) : command.group();
        this.notes = command.help();
        this.hidden = command.hidden();
        this.aliases = List.of(command.alias());
        this.availabilityProvider = command.availabilityProvider();
        this.exitStatusMapper = command.exitStatusExceptionMapper();
        if (!command.completionProvider().isEmpty()) {
            throw new IllegalStateException("command '" + name + "' names completion provider '"
                    + command.completionProvider() + "': declare @Completes on its parameters instead");
        }
    }

    /** The model of a {@code @Command} method. */
    public static CommandModel of(Method method) {
        return new CommandModel(method);
    }

    public Method method() {
        return method;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String group() {
        return group;
    }

    /** The {@code help} attribute: notes shown after the options. */
    public String notes() {
        return notes;
    }

    public boolean hidden() {
        return hidden;
    }

    public List<String> aliases() {
        return aliases;
    }

    String availabilityProvider() {
        return availabilityProvider;
    }

    String exitStatusMapper() {
        return exitStatusMapper;
    }

    public List<CommandOption> options() {
        return signature().options();
    }

    /** The positional arguments in order; an {@code @Arguments} parameter last, as {@code NAME...}. */
    public List<Positional> arguments() {
        Signature s = signature();
        if (s.rest() == null) {
            return s.arguments();
        }
        List<Positional> all = new ArrayList<>(s.arguments());
        all.add(s.rest());
        return List.copyOf(all);
    }

    /** Whether the command takes any number of words ({@code @Arguments}). */
    public boolean variadic() {
        return signature().rest() != null;
    }

    /** What the value of option {@code longName} completes to, or null. */
    public Completes optionCompletes(String longName) {
        return signature().optionCompletes().get(longName);
    }

    /** What positional argument {@code index} (from 0) completes to, or null. */
    public Completes argumentCompletes(int index) {
        Signature s = signature();
        if (index >= 0 && index < s.arguments().size()) {
            return s.arguments().get(index).completes();
        }
        return index >= 0 && s.rest() != null ? s.rest().completes() : null;
    }

    /** Whether Bean Validation has anything to check: a constraint (or {@code @Valid}) on the method or a parameter. */
    public boolean constrained() {
        return constrained(method);
    }

    static boolean constrained(Method method) {
        return Stream.concat(Stream.of(method.getAnnotations()),
                        Stream.of(method.getParameterAnnotations()).flatMap(Stream::of))
                .anyMatch(a -> a.annotationType() == Valid.class
                        || a.annotationType().isAnnotationPresent(Constraint.class));
    }

    /** An option that takes no value: {@code --yes}, {@code --all} (a {@code true}/{@code false} may follow it). */
    static boolean isFlag(CommandOption option) {
        return option.type() == boolean.class || option.type() == Boolean.class;
    }

    /**
     * A listing's {@code -o}: one that offers the table (not {@code views export}'s "csv or json"); a command with
     * one also takes {@code --columns}, {@code --sort} and {@code --out}.
     */
    static boolean isListingFormat(CommandOption option) {
        return "output".equals(option.longName()) && option.description() != null
                && option.description().startsWith("table");
    }

    /** Usage, arguments, options and notes: for {@code help NAME} and {@code NAME --help}. */
    public String help() {
        return CommandHelp.of(this);
    }

    private Signature signature() {
        Signature read = signature;
        if (read == null) {
            read = read(method);
            signature = read;
        }
        return read;
    }

    private static Signature read(Method method) {
        List<CommandOption> options = new ArrayList<>();
        Map<String, Completes> completes = new LinkedHashMap<>();
        Positional rest = null;
        for (Parameter parameter : method.getParameters()) {
            Option option = parameter.getAnnotation(Option.class);
            if (option != null) {
                String longName = option.longName().isEmpty() ? parameter.getName() : option.longName();
                options.add(CommandOption.with().shortName(option.shortName()).longName(longName)
                        .description(option.description()).required(option.required())
                        .defaultValue(option.defaultValue()).type(parameter.getType()).build());
                if (parameter.isAnnotationPresent(Completes.class)) {
                    completes.put(longName, parameter.getAnnotation(Completes.class));
                }
            }
            if (parameter.isAnnotationPresent(Arguments.class)) {
                rest = new Positional(label(parameter) + "...", "any number of words",
                        parameter.getAnnotation(Completes.class));
            }
        }
        List<Positional> arguments = Stream.of(method.getParameters())
                .filter(p -> p.isAnnotationPresent(Argument.class))
                .sorted(Comparator.comparingInt(p -> p.getAnnotation(Argument.class).index()))
                .map(p -> new Positional(label(p), p.getAnnotation(Argument.class).description(),
                        p.getAnnotation(Completes.class)))
                .toList();
        return new Signature(List.copyOf(options), Map.copyOf(completes), arguments, rest);
    }

    private static String label(Parameter parameter) {
        return parameter.getName().toUpperCase(Locale.ROOT);
    }

    /** As Spring Shell names it: {@code LineItemCommands} is group "Line Item Commands". */
    private static String defaultGroup(Class<?> type) {
        String words = Utils.splitCamelCase(type.getSimpleName());
        return words.endsWith(" Commands") ? words : words + " Commands";
    }

    @Override
    public String toString() {
        return "command '" + name + "' (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
    }
}
