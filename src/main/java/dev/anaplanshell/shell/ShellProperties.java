package dev.anaplanshell.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.boot.support.EnvironmentPostProcessorsFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The Spring configuration of the shell: its own {@code application.properties} and nothing else. Spring Boot's
 * environment post-processors (config data from the working folder, {@code SPRING_APPLICATION_JSON}, random
 * values, Cloud Foundry) are left out; the shell needs none of them.
 */
final class ShellProperties {

    static final String RESOURCE = "application.properties";

    private ShellProperties() {
    }

    /** The shell's {@code application.properties}, from the class path. */
    static Properties load() {
        try {
            return PropertiesLoaderUtils.loadProperties(
                    new ClassPathResource(RESOURCE, ShellProperties.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shell's " + RESOURCE, e);
        }
    }

    /** {@code listeners} with Spring Boot's environment post-processing left empty (its AOT part stays). */
    static List<ApplicationListener<?>> withoutConfigData(Collection<ApplicationListener<?>> listeners) {
        List<ApplicationListener<?>> kept = new ArrayList<>(listeners.size());
        for (ApplicationListener<?> listener : listeners) {
            kept.add(listener instanceof EnvironmentPostProcessorApplicationListener
                    ? EnvironmentPostProcessorApplicationListener.with(EnvironmentPostProcessorsFactory.of(new Class<?>[0]))
                    : listener);
        }
        return kept;
    }
}
