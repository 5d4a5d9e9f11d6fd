package dev.anaplanshell.shell;

import static dev.anaplanshell.shell.LaunchOptions.COMMAND;
import static dev.anaplanshell.shell.LaunchOptions.DEBUG;
import static dev.anaplanshell.shell.LaunchOptions.FILE;
import static dev.anaplanshell.shell.LaunchOptions.HELP;
import static dev.anaplanshell.shell.LaunchOptions.PORT;
import static dev.anaplanshell.shell.LaunchOptions.PROFILE;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX;
import static dev.anaplanshell.shell.LaunchOptions.SERVE_SANDBOX;
import static dev.anaplanshell.shell.LaunchOptions.VERSION;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.core.ConfigHome;
import dev.anaplanshell.core.Consoles;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.InputFiles;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.core.Tokenizer;
import dev.anaplanshell.core.Version;
import dev.anaplanshell.render.OutputFormat;
import dev.anaplanshell.render.OutputSettings;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.sandbox.auth.OAuthEndpoints;
import dev.anaplanshell.sandbox.data.DemoData;
import dev.anaplanshell.session.Profile;
import dev.anaplanshell.session.Profiles;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads the packaged shell's command line, then runs the sandbox alone ({@code --serve-sandbox}) or starts Spring
 * with the resulting {@link ShellSettings}. Usage errors exit 2 before anything starts.
 */
public final class Launcher {

    private final Class<?> application;
    private final PrintStream out;
    private final PrintStream err;
    private HttpSettings http = HttpSettings.DEFAULTS;

    public Launcher(Class<?> application) {
        this(application, System.out, System.err);
    }

    Launcher(Class<?> application, PrintStream out, PrintStream err) {
        this.application = application;
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
            if (!options.get(HELP) && !options.get(VERSION) && !options.get(SERVE_SANDBOX)) {
                String[] withDefaults = ConfigFile.withDefaults(ConfigHome.resolve(), options.given(), args);
                if (withDefaults != args) { // parsing converts each value (a certificate is read): not twice
                    options = LaunchOptions.parse(withDefaults);
                }
            }
        } catch (ShellException e) {
            err.println("error: " + e.getMessage() + " (see --help)");
            return ExitCodes.USAGE;
        }
        if (!options.command.isEmpty() && options.command.get(0).startsWith("-")) {
            err.println("error: " + LaunchOptions.unknownOption(options.command.get(0)) + " (see --help)");
            return ExitCodes.USAGE;
        }
        if (options.get(HELP)) {
            LaunchOptions.usage(out);
            return ExitCodes.OK;
        }
        if (options.get(VERSION)) {
            out.println("anaplan-shell " + Version.current());
            return ExitCodes.OK;
        }
        if (!options.command.isEmpty() && options.command.get(0).equals("completion")) {
            return completion(options.command);
        }
        try {
            if (options.get(SERVE_SANDBOX)) {
                return serve(LaunchSettings.sandbox(options, options.get(PORT)));
            }
            http = LaunchSettings.http(options, System.getenv());
            RunSettings run = runSettings(options);
            ShellSettings.Script script = script(options);
            if (script == null) {
                Terminals.prepareInBackground(); // the interactive shell's terminal, while the rest starts
            }
            Path home = ConfigHome.resolve();
            Profiles profiles = new Profiles(home);
            Profile profile = options.given(PROFILE) ? profiles.require(options.get(PROFILE))
                    : profiles.current().orElse(null);
            String profileName = profile == null ? null : profile.name();
            boolean debug = options.get(DEBUG);
            if (options.get(SANDBOX)) {
                try (AnaplanSandbox sandbox = AnaplanSandbox.startInBackground(LaunchSettings.sandbox(options, 0))) {
                    return shell(new ShellSettings(Endpoints.sameHost(sandbox.baseUrl()), debug,
                            home, new ShellSettings.Login(DemoData.DEMO_USER, DemoData.DEMO_PASSWORD),
                            "Embedded Anaplan sandbox at " + sandbox.baseUrl() + ", logged in as " + DemoData.DEMO_USER
                                    + ". Try 'models list' or 'use-model' + Tab.",
                            script, run, profileName));
                }
            }
            return shell(new ShellSettings(LaunchSettings.endpoints(options, profile), debug, home, null, null,
                    script, run, profileName));
        } catch (ShellException e) {
            err.println("error: " + ErrorHandler.line(e.getMessage()));
            return e.exitCode();
        } catch (IllegalArgumentException e) {
            err.println("error: " + ErrorHandler.line(e.getMessage()));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("error: cannot start the sandbox: " + e.getMessage());
            return ExitCodes.UNAVAILABLE;
        }
    }

    /** {@code anaplan-shell completion bash|zsh|fish}: the completion script of the launcher's options. */
    private int completion(List<String> command) {
        try {
            if (command.size() != 2) {
                throw ShellException.usage("completion needs one shell: " + String.join(", ", CompletionScript.SHELLS));
            }
            out.print(CompletionScript.of(command.get(1), LaunchOptions.ALL));
            out.flush();
            return ExitCodes.OK;
        } catch (ShellException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private int shell(ShellSettings settings) {
        ShellLogging.configure();
        SpringApplication app = new SpringApplication(application);
        // Only the shell's own configuration, its application.properties, read as default properties (system
        // properties and the environment still win). Spring Boot's config-data processing does not run: an
        // application.properties or config/ folder in the working folder (a Spring project the user happens to be
        // in) must not change the shell, and binding and resolving its locations took ~0.05 s of every start.
        ShellProperties.apply(app);
        app.setLazyInitialization(true); // beans a command does not use are never made
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("shellSettings", settings));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("httpSettings", http));
        ConfigurableApplicationContext context;
        try {
            context = app.run();
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // build-time AOT processing and CDS training stop the run on purpose
        } catch (RuntimeException e) {
            err.println("error: the shell could not start: " + ErrorHandler.line(rootMessage(e)));
            if (settings.debug()) {
                e.printStackTrace(err);
            }
            return ExitCodes.FAILURE;
        }
        return SpringApplication.exit(context);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private int serve(SandboxOptions sandboxOptions) throws IOException {
        AnaplanSandbox sandbox = AnaplanSandbox.start(sandboxOptions);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        out.println("Anaplan sandbox on " + sandbox.baseUrl() + " (auth, OAuth and API), user " + DemoData.DEMO_USER
                + ", password " + DemoData.DEMO_PASSWORD + ". Ctrl-C stops it.");
        out.println("OAuth device clients " + OAuthEndpoints.ROTATING_CLIENT + " (rotating refresh tokens) and "
                + OAuthEndpoints.STATIC_CLIENT + "; approve codes at " + sandbox.baseUrl() + "/oauth/approve?user_code=..."
                + (sandboxOptions.auth().oauthAutoApprove() ? " (auto-approved)" : ""));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private ShellSettings.Script script(LaunchOptions options) throws IOException {
        String commands = options.get(COMMAND);
        String file = options.get(FILE);
        int sources = (commands != null ? 1 : 0) + (file != null ? 1 : 0) + (options.command.isEmpty() ? 0 : 1);
        if (sources > 1) {
            throw ShellException.usage("use only one of -c, -f and a command");
        }
        if (commands != null) {
            return new ShellSettings.Script(null, Tokenizer.statements(commands));
        }
        if (!options.command.isEmpty()) {
            return new ShellSettings.Script(null,
                    List.of(options.command.stream().map(Tokenizer::quote).collect(Collectors.joining(" "))));
        }
        if (file == null && Terminals.stdinIsTerminal()) {
            return null;
        }
        if (file == null || file.equals("-")) {
            return new ShellSettings.Script(ShellSettings.Script.STDIN,
                    InputFiles.scriptLines(System.in, ShellSettings.Script.STDIN));
        }
        return new ShellSettings.Script(file, InputFiles.scriptLines(Path.of(file)));
    }

    private static RunSettings runSettings(LaunchOptions options) {
        return LaunchSettings.run(options, System.getenv("NO_COLOR"), Consoles.interactive() != null);
    }
}
