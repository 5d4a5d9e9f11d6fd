package dev.anaplanshell.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.support.AnsiOutputApplicationListener;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.boot.support.EnvironmentPostProcessorsFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The Spring configuration of the shell: its own {@code application.properties} and nothing else. Of Spring Boot's
 * start-up listeners, the environment post-processors (config data from the working folder,
 * {@code SPRING_APPLICATION_JSON}, random values, Cloud Foundry), the logging system ({@link ShellLogging} instead)
 * and ANSI output detection (the terminal is JLine's) are left out; the shell needs none of them, and together they
 * took ~0.08 s of every start.
 */
public final class ShellProperties {

    static final String RESOURCE = "application.properties";

    private ShellProperties() {
    }

    /**
     * Sets {@code app} up as the shell runs: its own properties, the listeners it needs, no banner, no web server
     * (set here rather than as {@code spring.main.*} properties). The launcher and the tests start the shell so.
     */
    public static void apply(SpringApplication app) {
        app.setAddCommandLineProperties(false);
        app.setBannerMode(Banner.Mode.OFF);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(load());
        app.setListeners(listeners(app.getListeners()));
        app.addListeners(new NoSpringShellHistorySave());
    }

    /**
     * Spring Shell saves its own JLine history when the context closes, and to do that makes its JLine
     * configuration, binds its properties and all, ~0.05 s at every exit. The shell keeps its history itself
     * ({@code ShellRunner}, owner-only and without secrets), so once the shell has run, that listener goes.
     */
    static final class NoSpringShellHistorySave implements ApplicationListener<ApplicationReadyEvent> {

        static final String LISTENER = "org.springframework.shell.core.autoconfigure.JLineShellAutoConfiguration.";

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            event.getApplicationContext()
                    .getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
                            ApplicationEventMulticaster.class)
                    .removeApplicationListeners(listener -> listener instanceof ApplicationListenerMethodAdapter method
                            && method.getListenerId().startsWith(LISTENER));
        }
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

    /**
     * {@code listeners} without Spring Boot's logging system and ANSI output detection, and with its environment
     * post-processing left empty (the listener stays for its AOT part).
     */
    static List<ApplicationListener<?>> listeners(Collection<ApplicationListener<?>> listeners) {
        List<ApplicationListener<?>> kept = new ArrayList<>(listeners.size());
        for (ApplicationListener<?> listener : listeners) {
            if (listener instanceof EnvironmentPostProcessorApplicationListener) {
                kept.add(EnvironmentPostProcessorApplicationListener.with(
                        EnvironmentPostProcessorsFactory.of(new Class<?>[0])));
            } else if (!(listener instanceof LoggingApplicationListener)
                    && !(listener instanceof AnsiOutputApplicationListener)) {
                kept.add(listener);
            }
        }
        return kept;
    }
}
