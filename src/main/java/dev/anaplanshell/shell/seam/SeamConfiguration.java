package dev.anaplanshell.shell.seam;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The beans that replace Spring Shell 4.0.1's, each under the name or type its auto-configuration backs off for
 * (see package-info for why and until when): the command registry, the parser, the completer, and the context's
 * message source.
 */
@Configuration(proxyBeanMethods = false)
public class SeamConfiguration {

    /**
     * Where command classes live: a bean elsewhere with {@code @Command} methods is not a command. Reading the
     * methods of every bean instead would load the types of all their parameters at start.
     */
    static final String COMMAND_PACKAGE = "dev.anaplanshell.command";

    /**
     * One {@link LazyCommand} per {@code @Command} method of the beans in {@value #COMMAND_PACKAGE}, plus
     * {@link Quit}. Spring Shell's own registry scans the class path at every start and creates every command's
     * bean, and with it the HTTP client, Jackson and the validator, before the first command runs; this one reads the
     * bean definitions Spring already has and creates a command's bean only when the command first runs.
     */
    @Bean
    CommandRegistry commandRegistry(ConfigurableListableBeanFactory beans) {
        CommandRegistry registry = new CommandRegistry();
        ConfigurableConversionService conversions = new DefaultConversionService();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type == null || !COMMAND_PACKAGE.equals(type.getPackageName())) {
                continue;
            }
            commandMethods(ClassUtils.getUserClass(type)).forEach(method -> registry.registerCommand(
                    new LazyCommand(CommandModel.of(method), () -> beans.getBean(name), beans, conversions)));
        }
        registry.registerCommand(Quit.COMMAND);
        return registry;
    }

    /** The {@code @Command} methods of a class, by method name. */
    static List<Method> commandMethods(Class<?> type) {
        return MethodIntrospector.selectMethods(type,
                        (ReflectionUtils.MethodFilter) method -> method.isAnnotationPresent(Command.class))
                .stream().sorted(Comparator.comparing(Method::getName)).toList();
    }

    @Bean
    CommandParser commandParser(CommandRegistry registry) {
        return new ShellCommandParser(registry);
    }

    @Bean
    CommandCompleter commandCompleter(CommandRegistry registry) {
        return new ShellCompleter(registry);
    }

    /** Named so the context takes it instead of making its own (see {@link NoMessages}). */
    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    static MessageSource messageSource() {
        return new NoMessages();
    }
}
