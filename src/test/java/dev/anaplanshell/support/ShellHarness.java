package dev.anaplanshell.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.anaplanshell.AnaplanShellApplication;
import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.shell.CommandRunner;
import dev.anaplanshell.shell.RunSettings;
import dev.anaplanshell.shell.ShellLogging;
import dev.anaplanshell.shell.ShellProperties;
import dev.anaplanshell.shell.ShellSettings;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.core.InputReader;

/**
 * The whole shell (Spring context, commands, client) on a sandbox over real HTTP, driven command by command.
 * No prompt runs: the runner gets an empty script.
 */
public final class ShellHarness implements AutoCloseable {

    /** What one command did. */
    public record Result(int exitCode, String out, String err) {
    }

    private final AnaplanSandbox sandbox;
    private final ConfigurableApplicationContext context;
    private final CommandRunner runner;
    private boolean ownsSandbox = true;

    private ShellHarness(AnaplanSandbox sandbox, ConfigurableApplicationContext context) {
        this.sandbox = sandbox;
        this.context = context;
        this.runner = context.getBean(CommandRunner.class);
    }

    /** A shell on a fresh sandbox, not logged in. */
    public static ShellHarness start(Path home) {
        return start(home, SandboxOptions.defaults());
    }

    public static ShellHarness start(Path home, SandboxOptions options) {
        return start(home, options, RunSettings.DEFAULTS, null);
    }

    /** A shell started with launcher settings ({@code -v}, {@code --quiet}, {@code -o json}, {@code --excel}...). */
    public static ShellHarness start(Path home, RunSettings run) {
        return start(home, SandboxOptions.defaults(), run, null);
    }

    /**
     * With extra singletons in the shell's context, e.g. a {@code java.time.Clock} or a {@code DeviceLogin.Pause},
     * and the profile the session runs with ({@code --profile}), or null.
     */
    public static ShellHarness start(Path home, SandboxOptions options, String profile, Object... beans) {
        return start(home, options, RunSettings.DEFAULTS, profile, beans);
    }

    private static ShellHarness start(Path home, SandboxOptions options, RunSettings run, String profile,
            Object... beans) {
        try {
            return on(AnaplanSandbox.start(options), home, run, profile, beans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As the launcher starts it: beans created when first needed ({@code spring.main.lazy-initialization}), so a
     * test can see what a start creates.
     */
    public static ShellHarness startLazily(Path home) {
        try {
            return lazyOrNot(AnaplanSandbox.start(SandboxOptions.defaults()), home, RunSettings.DEFAULTS, null, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A second shell session on a sandbox that is already running (and that this harness does not stop). */
    public static ShellHarness attach(AnaplanSandbox sandbox, Path home, String profile, Object... beans) {
        ShellHarness harness = on(sandbox, home, RunSettings.DEFAULTS, profile, beans);
        harness.ownsSandbox = false;
        return harness;
    }

    private static ShellHarness on(AnaplanSandbox sandbox, Path home, RunSettings run, String profile,
            Object... beans) {
        return lazyOrNot(sandbox, home, run, profile, false, beans);
    }

    /**
     * A shell on another server than a sandbox (a {@link ReplayServer}, say), which this harness does not stop;
     * {@link #sandbox()} is null.
     */
    public static ShellHarness onServer(java.net.URI baseUrl, Path home, RunSettings run, Object... beans) {
        ShellHarness harness = new ShellHarness(null, context(baseUrl, home, run, null, false, beans));
        harness.ownsSandbox = false;
        return harness;
    }

    private static ShellHarness lazyOrNot(AnaplanSandbox sandbox, Path home, RunSettings run, String profile,
            boolean lazy, Object... beans) {
        return new ShellHarness(sandbox, context(sandbox.baseUrl(), home, run, profile, lazy, beans));
    }

    private static ConfigurableApplicationContext context(java.net.URI baseUrl, Path home, RunSettings run,
            String profile, boolean lazy, Object... beans) {
        // commands that read standard input (login --password-stdin) find it empty instead of waiting forever
        System.setIn(new ByteArrayInputStream(new byte[0]));
        ShellSettings settings = new ShellSettings(Endpoints.sameHost(baseUrl), false, home, null,
                null, new ShellSettings.Script(null, List.of()), run, profile);
        ShellLogging.configure();
        SpringApplication app = new SpringApplication(AnaplanShellApplication.class);
        ShellProperties.apply(app);
        app.setLazyInitialization(lazy);
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("shellSettings", settings);
            // hundreds of commands on one sandbox: no client-side rate limit (RateLimiterTest covers it)
            ctx.getBeanFactory().registerSingleton("httpSettings", HttpSettings.builder().requestsPerMinute(0).build());
            for (Object bean : beans) {
                ctx.getBeanFactory().registerSingleton("test" + bean.getClass().getName(), bean);
            }
        });
        return app.run();
    }

    public Result run(String line) {
        return run(line, "demo");
    }

    /** Runs a command; a password prompt is answered with {@code password}. */
    public Result run(String line, String password) {
        return run(line, password, new StringWriter());
    }

    /** Runs a command writing its output to {@code out}, which a test may watch while the command runs. */
    public Result run(String line, String password, StringWriter out) {
        StringWriter err = new StringWriter();
        InputReader answers = new InputReader() {
            @Override
            public String readInput(String prompt) {
                return "demo@example.com";
            }

            @Override
            public char[] readPassword(String prompt) {
                return password.toCharArray();
            }
        };
        int code = runner.run(line, new PrintWriter(out, true), new PrintWriter(err, true), answers);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed, returning its output. */
    public String ok(String line) {
        Result r = run(line);
        if (r.exitCode() != 0) {
            throw new AssertionError("'" + line + "' exited " + r.exitCode() + ": " + r.err());
        }
        return r.out();
    }

    public ShellHarness loggedIn() {
        ok("login --user demo@example.com");
        return this;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Whether the context has made the bean of that name yet. */
    public boolean created(String beanName) {
        return context.getBeanFactory().containsSingleton(beanName);
    }

    public AnaplanSandbox sandbox() {
        return sandbox;
    }

    /** Closes the shell (as {@link #close}) and says which beans were made while it closed. */
    public List<String> beansMadeWhileClosing() {
        List<String> made = new CopyOnWriteArrayList<>();
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                made.add(beanName);
                return bean;
            }
        });
        close();
        return made;
    }

    @Override
    public void close() {
        context.close();
        if (ownsSandbox) {
            sandbox.close();
        }
    }
}
