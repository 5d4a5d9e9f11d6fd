package dev.anaplanshell.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.client.Regions;
import dev.anaplanshell.core.ConfigHome;
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
import dev.anaplanshell.session.Variables;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads the packaged shell's command line, then runs the sandbox alone ({@code --serve-sandbox}) or starts Spring
 * with the resulting {@link ShellSettings}. Usage errors exit 2 before anything starts.
 */
public final class Launcher {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

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
            if (!options.help && !options.version && !options.serveSandbox) {
                options = LaunchOptions.parse(ConfigFile.withDefaults(ConfigHome.resolve(), options.given, args));
            }
        } catch (ShellException e) {
            err.println("error: " + e.getMessage() + " (see --help)");
            return ExitCodes.USAGE;
        }
        if (!options.command.isEmpty() && options.command.get(0).startsWith("-")) {
            err.println("error: " + LaunchOptions.unknownOption(options.command.get(0)) + " (see --help)");
            return ExitCodes.USAGE;
        }
        if (options.help) {
            LaunchOptions.usage(out);
            return ExitCodes.OK;
        }
        if (options.version) {
            out.println("anaplan-shell " + Version.current());
            return ExitCodes.OK;
        }
        if (!options.command.isEmpty() && options.command.get(0).equals("completion")) {
            return completion(options.command);
        }
        try {
            SandboxOptions sandboxOptions = SandboxOptions.defaults()
                    .withPort(options.port)
                    .withTokenTtl(duration(options.sandboxTokenTtl))
                    .withScaleLineItems(Math.max(0, options.sandboxLineItems))
                    .withListItems(Math.max(0, options.sandboxListItems))
                    .withViewCells(Math.max(0, options.sandboxViewCells))
                    .withAuth(SandboxCredentials.of(options.sandboxUsers, options.sandboxCerts,
                            options.sandboxOAuthAutoApprove))
                    .withTaskDuration(options.sandboxTaskTime.strip().equals("0") ? Duration.ZERO
                            : duration(options.sandboxTaskTime))
                    .withExportMb(Math.max(0, options.sandboxExportMb))
                    .withFaults(ResilienceOptions.faults(options));
            http = ResilienceOptions.http(options, System.getenv());

            if (options.serveSandbox) {
                return serve(sandboxOptions);
            }
            RunSettings run = runSettings(options);
            ShellSettings.Script script = script(options);
            Path home = ConfigHome.resolve();
            Profiles profiles = new Profiles(home);
            Profile profile = options.profile != null ? profiles.require(options.profile)
                    : profiles.current().orElse(null);
            String profileName = profile == null ? null : profile.name();
            if (options.sandbox) {
                try (AnaplanSandbox sandbox = AnaplanSandbox.start(sandboxOptions.withPort(0))) {
                    return shell(new ShellSettings(Endpoints.sameHost(sandbox.baseUrl()), options.debug,
                            home, new ShellSettings.Login(DemoData.DEMO_USER, DemoData.DEMO_PASSWORD),
                            "Embedded Anaplan sandbox at " + sandbox.baseUrl() + ", logged in as " + DemoData.DEMO_USER
                                    + ". Try 'models list' or 'use-model' + Tab.",
                            script, run, profileName));
                }
            }
            return shell(new ShellSettings(endpoints(options, profile), options.debug, home, null, null, script,
                    run, profileName));
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
            out.print(CompletionScript.of(command.get(1), LaunchOptions.all()));
            out.flush();
            return ExitCodes.OK;
        } catch (ShellException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /** Explicit URLs win over {@code --region}, which wins over the profile's hosts, which win over the defaults. */
    private static Endpoints endpoints(LaunchOptions options, Profile profile) {
        Endpoints base = options.region != null ? Regions.of(options.region).orElseThrow(() -> ShellException.usage(
                "unknown region '" + options.region + "' (known: " + String.join(", ", Regions.names()) + ")"))
                : profile != null ? profile.endpoints() : Endpoints.defaults();
        return Endpoints.of(options.authUrl != null ? options.authUrl : base.authUrl().toString(),
                options.apiUrl != null ? options.apiUrl : base.apiUrl().toString(),
                options.oauthUrl != null ? options.oauthUrl : base.oauthUrl().toString());
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
        int sources = (options.commands != null ? 1 : 0) + (options.file != null ? 1 : 0)
                + (options.command.isEmpty() ? 0 : 1);
        if (sources > 1) {
            throw ShellException.usage("use only one of -c, -f and a command");
        }
        if (options.commands != null) {
            return new ShellSettings.Script(null, Tokenizer.statements(options.commands));
        }
        if (!options.command.isEmpty()) {
            return new ShellSettings.Script(null,
                    List.of(options.command.stream().map(Tokenizer::quote).collect(Collectors.joining(" "))));
        }
        if (options.file == null && Terminals.stdinIsTerminal()) {
            return null;
        }
        Path path = options.filePath();
        if (path == null) {
            return new ShellSettings.Script(ShellSettings.Script.STDIN,
                    InputFiles.scriptLines(System.in, ShellSettings.Script.STDIN));
        }
        return new ShellSettings.Script(path.toString(), InputFiles.scriptLines(path));
    }

    private static RunSettings runSettings(LaunchOptions options) {
        new Variables(options.variables, System::getenv); // checks the names: a bad one is a usage error now
        OutputSettings output = new OutputSettings(options.quiet,
                options.output == null ? null : OutputFormat.parse(options.output),
                OutputSettings.colorWanted(options.noColor, System.getenv("NO_COLOR"), System.console() != null),
                options.excel, options.csvSafe, System.console() != null, options.expanded, !options.noPager);
        return new RunSettings(options.variables, options.continueOnError, output, options.timing);
    }

    /** {@code 35m}, {@code 90s}, {@code 2h}, {@code 500ms}, a bare number of seconds, or ISO-8601 ({@code PT5S}). */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            Duration d = switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
            if (!d.isZero()) {
                return d;
            }
        } else if (t.startsWith("pt")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException ignored) {
                // falls through to the usage error
            }
        }
        throw ShellException.usage("invalid duration '" + text + "': use e.g. 35m, 90s or 500ms");
    }
}
