package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The shell's Spring configuration is its own application.properties, whatever config data is around it. */
class ShellPropertiesTest {

    @TempDir
    Path dir;

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void should_read_the_shells_own_properties() {
        assertThat(ShellProperties.load())
                .containsEntry("spring.shell.history.enabled", "false")
                .containsEntry("spring.application.name", "anaplan-shell")
                .hasEntrySatisfying("spring.autoconfigure.exclude",
                        v -> assertThat((String) v).contains("AopAutoConfiguration"));
    }

    @Test
    void should_ignore_config_data_that_spring_boot_would_otherwise_import() throws IOException {
        Path extra = Files.writeString(dir.resolve("extra.properties"), "marker=loaded\n");
        String before = System.getProperty("spring.config.import");
        System.setProperty("spring.config.import", "file:" + extra);
        try {
            assertThat(marker(false)).as("Spring Boot's own listeners import it").isEqualTo("loaded");
            assertThat(marker(true)).as("the shell's do not").isNull();
        } finally {
            if (before == null) {
                System.clearProperty("spring.config.import");
            } else {
                System.setProperty("spring.config.import", before);
            }
        }
    }

    @Test
    void should_start_no_spring_boot_logging_system() {
        SpringApplication app = new SpringApplication(Empty.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setDefaultProperties(ShellProperties.load());
        app.setListeners(ShellProperties.listeners(app.getListeners()));
        try (ConfigurableApplicationContext context = app.run()) {
            assertThat(context.containsBean("springBootLoggingSystem")).isFalse();
        }
    }

    private static String marker(boolean shell) {
        SpringApplication app = new SpringApplication(Empty.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setDefaultProperties(ShellProperties.load());
        if (shell) {
            app.setListeners(ShellProperties.listeners(app.getListeners()));
        }
        try (ConfigurableApplicationContext context = app.run()) {
            assertThat(context.getEnvironment().getProperty("spring.application.name")).isEqualTo("anaplan-shell");
            return context.getEnvironment().getProperty("marker");
        }
    }
}
