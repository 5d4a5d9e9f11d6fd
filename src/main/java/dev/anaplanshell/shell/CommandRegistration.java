package dev.anaplanshell.shell;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The registry of commands: one {@link LazyCommand} per {@code @Command} method of the beans in
 * {@value #COMMAND_PACKAGE}. Spring Shell's own registry (which backs off when this bean exists) scans the class
 * path at every start and creates every command's bean, and with it the HTTP client, Jackson and the validator,
 * before the first command runs; this one reads the bean definitions Spring already has and creates a command's
 * bean only when the command first runs. {@code help} and completion need only the annotations.
 */
@Configuration(proxyBeanMethods = false)
public class CommandRegistration {

    /** Where command classes live: a bean elsewhere with {@code @Command} methods is not a command. */
    static final String COMMAND_PACKAGE = "dev.anaplanshell.command";

    @Bean
    CommandRegistry commandRegistry(ConfigurableListableBeanFactory beans) {
        CommandRegistry registry = new CommandRegistry();
        ConfigurableConversionService conversions = new DefaultConversionService();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type == null || !COMMAND_PACKAGE.equals(type.getPackageName())) {
                continue;
            }
            methods(ClassUtils.getUserClass(type)).forEach(method ->
                    registry.registerCommand(new LazyCommand(method, () -> beans.getBean(name), beans, conversions)));
        }
        registry.registerCommand(LazyCommand.QUIT);
        return registry;
    }

    private static List<Method> methods(Class<?> type) {
        return MethodIntrospector.selectMethods(type,
                        (ReflectionUtils.MethodFilter) method -> method.isAnnotationPresent(Command.class))
                .stream().sorted(Comparator.comparing(Method::getName)).toList();
    }
}
