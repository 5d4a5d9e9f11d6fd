package dev.anaplanshell.shell;

import static dev.anaplanshell.shell.LaunchOption.flag;
import static dev.anaplanshell.shell.LaunchOption.repeatable;
import static dev.anaplanshell.shell.LaunchOption.value;

import java.io.PrintStream;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.completion.DidYouMean;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.OutputFormat;
import dev.anaplanshell.shell.OptionValues.Type;
import dev.anaplanshell.shell.seam.CommandHelp;

import org.apache.commons.cli.AmbiguousOptionException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * The packaged shell's own command line, parsed before Spring starts (Apache Commons CLI: it parses these options
 * in a few milliseconds, where the annotation-driven parser this replaced cost a quarter of a second of start-up).
 * Option parsing stops at the first word that is not an option: the rest is one command to run.
 *
 * <p>Every option is declared once below, in the order of {@code --help} (the common ones first); parsing, help,
 * the completion scripts, "did you mean", {@code config.properties} and {@link LaunchSettings} read the declarations.
 * They are read at every start, so they spin no lambda and concatenate no string at run time, and the defaults
 * are literals (LaunchSettingsTest holds them to {@code HttpSettings.DEFAULTS} and {@code SandboxOptions.defaults()}).
 */
final class LaunchOptions {

    private static final String DESCRIPTION = "An interactive, scriptable shell for Anaplan's REST APIs.";
    private static final String FOOTER = """
            With no command and no -c/-f, starts the interactive shell.
            With standard input not a terminal and no -c/-f, runs the commands it reads.
            The --sandbox-* options apply with --sandbox or --serve-sandbox only.
            bin/anaplan-shell --warm-up makes the start-up archive now, instead of before the first run.
            Exit codes: 0 ok, 1 failure, 2 usage, 3 authentication, 4 not found, 5 unavailable, 6 rows rejected, \
            7 differences.""";

    private static final List<LaunchOption<?>> DECLARED = new ArrayList<>();

    static final LaunchOption<Boolean> SANDBOX = declare(flag(null, "sandbox",
            "Start the embedded sandbox and log in as its demo user."));
    static final LaunchOption<String> COMMAND = declare(value("c", "command", "CMDS",
            "Run commands separated by ';' without a prompt; stop at the first failure.", Type.TEXT)
            .notConfigurable());
    static final LaunchOption<String> FILE = declare(value("f", "file", "FILE",
            "Run the commands of a script file ('-' for standard input); stop at the first failure.", Type.TEXT)
            .notConfigurable());
    static final LaunchOption<String> AUTH_URL = declare(value(null, "auth-url", "URL",
            "Authentication service (default: the profile's or region's, else https://auth.anaplan.com).",
            Type.TEXT));
    static final LaunchOption<String> API_URL = declare(value(null, "api-url", "URL",
            "Integration API host (default: the profile's or region's, else https://api.anaplan.com).",
            Type.TEXT));
    static final LaunchOption<String> OAUTH_URL = declare(value(null, "oauth-url", "URL",
            "OAuth 2.0 service (default: the profile's or region's, else https://us1a.app.anaplan.com).",
            Type.TEXT));
    static final LaunchOption<Endpoints> REGION = declare(value(null, "region", "REGION", "Hosts of an Anaplan "
            + "region: us1 (and the other shared pods), us9, eu3, eu5, gb1, ca1, sg1, ae1, me1, in1, id1, au1.",
            Type.REGION));
    static final LaunchOption<String> PROFILE = declare(value(null, "profile", "NAME",
            "Run with a saved profile (hosts, login, workspace/model); default: the one 'profile use' set.",
            Type.TEXT));
    static final LaunchOption<List<Map.Entry<String, String>>> VAR = declare(repeatable("v", "var", "NAME=VALUE",
            "Define a variable, used as ${NAME} in commands (repeatable).", Type.VARIABLE)
            .notConfigurable());
    static final LaunchOption<Boolean> CONTINUE_ON_ERROR = declare(flag(null, "continue-on-error",
            "Go on after a failing command; exit with the first failure's code at the end."));
    static final LaunchOption<Boolean> QUIET = declare(flag("q", "quiet",
            "Print only data and errors, no informational messages."));
    static final LaunchOption<OutputFormat> OUTPUT = declare(value("o", "output", "FORMAT",
            "Default format of every listing: table, csv or json (json: messages as JSON objects too).",
            Type.FORMAT));
    static final LaunchOption<Boolean> NO_COLOR = declare(flag(null, "no-color",
            "No colour (also when NO_COLOR is set or output is not a terminal)."));
    static final LaunchOption<Boolean> EXPANDED = declare(flag("x", "expanded", "Show every table as one block of "
            + "'name | value' lines a row (as psql's \\x); without it, only when a row cannot fit the terminal."));
    static final LaunchOption<Boolean> NO_PAGER = declare(flag(null, "no-pager",
            "Never page output taller than the terminal (also with PAGER set empty)."));
    static final LaunchOption<Boolean> TIMING = declare(flag(null, "timing",
            "Print how long each command took (also: set timing on)."));
    static final LaunchOption<Boolean> EXCEL = declare(flag(null, "excel", "CSV for Excel: a UTF-8 byte order mark "
            + "before the header, and the CSV injection guard (cells starting = + - @ get a ' before them)."));
    static final LaunchOption<Boolean> CSV_SAFE = declare(flag(null, "csv-safe",
            "The CSV injection guard for every CSV, not only Excel's."));
    static final LaunchOption<Boolean> NO_CSV_SAFE = declare(flag(null, "no-csv-safe",
            "No CSV injection guard, not even with --excel.").excludes(CSV_SAFE));
    static final LaunchOption<Boolean> DEBUG = declare(flag(null, "debug", "Print stack traces with errors."));
    static final LaunchOption<Integer> MAX_RETRIES = declare(value(null, "max-retries", "N", "Retries of a failed "
            + "request: 429/503 always, other 5xx and dropped connections for reads only.", Type.COUNT)
            .byDefault("5"));
    static final LaunchOption<Duration> CONNECT_TIMEOUT = declare(value(null, "connect-timeout", "DURATION",
            "Longest wait for a connection.", Type.DURATION)
            .byDefault("10s"));
    static final LaunchOption<Duration> READ_TIMEOUT = declare(value(null, "read-timeout", "DURATION",
            "Longest wait for an answer, and for each next KiB of its body.", Type.DURATION)
            .byDefault("120s"));
    static final LaunchOption<Long> MAX_ANSWER_SIZE = declare(value(null, "max-answer-size", "SIZE",
            "Largest JSON answer read, e.g. 64MiB; streamed exports and downloads are not limited.",
            Type.SIZE).byDefault("128MiB"));
    static final LaunchOption<Integer> RATE_LIMIT = declare(value(null, "rate-limit", "N",
            "Requests a minute at most, below Anaplan's 600; 0: no limit.", Type.COUNT)
            .byDefault("540"));
    static final LaunchOption<String> PROXY = declare(value(null, "proxy", "URL", "HTTP proxy, "
            + "http://[user:password@]host:port (default: HTTPS_PROXY, then Java's proxy properties).",
            Type.PROXY));
    static final LaunchOption<Boolean> HELP = declare(flag("h", "help", "Show this help and exit.")
            .notConfigurable());
    static final LaunchOption<Boolean> VERSION = declare(flag("V", "version", "Show the version and exit.")
            .notConfigurable());
    static final LaunchOption<Boolean> SERVE_SANDBOX = declare(flag(null, "serve-sandbox",
            "Only run the sandbox, in the foreground, until killed.").notConfigurable());
    static final LaunchOption<Integer> PORT = declare(value(null, "port", "N",
            "The sandbox's port with --serve-sandbox; 0: any free port.", Type.PORT).byDefault("0")
            .needs(SERVE_SANDBOX).notConfigurable());
    static final LaunchOption<Duration> SANDBOX_TOKEN_TTL = sandbox(value(null, "sandbox-token-ttl", "DURATION",
            "Lifetime of the sandbox's tokens, e.g. 35m, 90s.", Type.DURATION)
            .byDefault("35m"));
    static final LaunchOption<Integer> SANDBOX_LINE_ITEMS = sandbox(value(null, "sandbox-line-items", "N",
            "Add a generated 'Scale Model' with N line items to the sandbox.", Type.COUNT)
            .byDefault("0"));
    static final LaunchOption<Integer> SANDBOX_LIST_ITEMS = sandbox(value(null, "sandbox-list-items", "N",
            "Add a generated 'Volume Model' whose list 'Volume Items' has N items.", Type.COUNT)
            .byDefault("0"));
    static final LaunchOption<Integer> SANDBOX_VIEW_CELLS = sandbox(value(null, "sandbox-view-cells", "N",
            "Give the 'Volume Model' a view of N cells (10 line items on columns).", Type.COUNT)
            .byDefault("0"));
    static final LaunchOption<Duration> SANDBOX_TASK_TIME = sandbox(value(null, "sandbox-task-time", "DURATION",
            "How long a sandbox import, export, process or action runs, e.g. 3s, 500ms, 0.",
            Type.DURATION_OR_ZERO).byDefault("3s"));
    static final LaunchOption<Integer> SANDBOX_EXPORT_MB = sandbox(value(null, "sandbox-export-mb", "N",
            "Add a generated export 'Scale Export.csv' of about N MB to every sandbox model.", Type.COUNT)
            .byDefault("0"));
    static final LaunchOption<List<Map.Entry<String, String>>> SANDBOX_USER = sandbox(repeatable(null,
            "sandbox-user", "EMAIL:PASSWORD", "An extra sandbox user (repeatable).", Type.USER)
            .notConfigurable());
    static final LaunchOption<List<X509Certificate>> SANDBOX_CERT = sandbox(repeatable(null, "sandbox-cert",
            "FILE.pem", "A certificate the sandbox trusts, for the user its subject names (repeatable).",
            Type.CERTIFICATE).notConfigurable());
    static final LaunchOption<Boolean> SANDBOX_OAUTH_AUTO_APPROVE = sandbox(flag(null, "sandbox-oauth-auto-approve",
            "The sandbox approves every OAuth device code at once, as its first user."));
    static final LaunchOption<Map<String, Double>> SANDBOX_FAULTS = sandbox(value(null, "sandbox-faults", "SPEC",
            "Make the sandbox fail at random, e.g. 429=0.1,500=0.05,503=0.05,reset=0.02.", Type.FAULTS));
    static final LaunchOption<Long> SANDBOX_LATENCY_MS = sandbox(value(null, "sandbox-latency-ms", "N",
            "Delay every sandbox answer by N ms.", Type.AT_LEAST_ZERO)
            .byDefault("0"));
    static final LaunchOption<Double> SANDBOX_BANDWIDTH = sandbox(value(null, "sandbox-bandwidth", "MBIT",
            "Send the sandbox's answers over one link of MBIT megabits a second, e.g. 50 (default: no limit).",
            Type.MEGABITS));
    static final LaunchOption<Long> SANDBOX_FAULTS_SEED = sandbox(value(null, "sandbox-faults-seed", "N",
            "Seed of the sandbox's faults, for a repeatable run.", Type.WHOLE));

    /** Every option, in the order of {@code --help}. */
    static final List<LaunchOption<?>> ALL = List.copyOf(DECLARED);
    private static final Options CLI = new Options();

    static {
        for (LaunchOption<?> option : ALL) {
            CLI.addOption(option.cli());
        }
    }

    /** The values of the options given, by option. */
    private final Map<LaunchOption<?>, Object> values;
    /** The words after the options: one command to run. */
    final List<String> command;

    private LaunchOptions(Map<LaunchOption<?>, Object> values, List<String> command) {
        this.values = values;
        this.command = List.copyOf(command);
    }

    private static <T> LaunchOption<T> declare(LaunchOption<T> option) {
        DECLARED.add(option);
        return option;
    }

    /** An option of the sandbox's: refused without {@code --sandbox} or {@code --serve-sandbox}. */
    private static <T> LaunchOption<T> sandbox(LaunchOption<T> option) {
        return declare(option.needs(SANDBOX, SERVE_SANDBOX));
    }

    /** @throws ShellException a usage error, with a message fit for one line */
    static LaunchOptions parse(String... args) {
        CommandLine line;
        try {
            line = DefaultParser.builder().setAllowPartialMatching(false).get().parse(CLI, args, true);
        } catch (MissingArgumentException e) {
            throw ShellException.usage("option '" + name(e.getOption()) + "' needs a value");
        } catch (AmbiguousOptionException e) {
            throw ShellException.usage(unknownOption(e.getOption()));
        } catch (UnrecognizedOptionException e) {
            throw ShellException.usage(unknownOption(e.getOption()));
        } catch (ParseException e) {
            throw ShellException.usage(e.getMessage());
        }
        Map<LaunchOption<?>, List<String>> given = new LinkedHashMap<>();
        for (Option o : line.getOptions()) {
            LaunchOption<?> option = named(o.getLongOpt());
            List<String> texts = given.get(option);
            if (texts == null) {
                texts = new ArrayList<>();
                given.put(option, texts);
            }
            if (o.getValue() != null) {
                texts.add(o.getValue());
            }
            if (!option.repeatable && texts.size() > 1) {
                throw ShellException.usage("option '" + option.name() + "' is given more than once");
            }
        }
        for (LaunchOption<?> option : given.keySet()) {
            if (!option.needs.isEmpty() && Collections.disjoint(option.needs, given.keySet())) {
                throw ShellException.usage("option '" + option.name() + "' needs " + option.needs.get(0).name()
                        + (option.needs.size() > 1 ? " or " + option.needs.get(1).name() : ""));
            }
            if (option.excludes != null && given.containsKey(option.excludes)) {
                throw ShellException.usage("use only one of " + option.excludes.name() + " and " + option.name());
            }
        }
        Map<LaunchOption<?>, Object> values = new HashMap<>();
        for (Map.Entry<LaunchOption<?>, List<String>> option : given.entrySet()) {
            values.put(option.getKey(), option.getKey().convert(option.getValue()));
        }
        return new LaunchOptions(values, line.getArgList());
    }

    /** The option's value: the one given, else its default (null for an option without one, false for a flag). */
    @SuppressWarnings("unchecked")
    <T> T get(LaunchOption<T> option) {
        return values.containsKey(option) ? (T) values.get(option) : option.convert(null);
    }

    boolean given(LaunchOption<?> option) {
        return values.containsKey(option);
    }

    /** The long names of the options given. */
    Set<String> given() {
        Set<String> names = new HashSet<>();
        for (LaunchOption<?> option : values.keySet()) {
            names.add(option.longName);
        }
        return names;
    }

    private static LaunchOption<?> named(String longName) {
        for (LaunchOption<?> option : ALL) {
            if (option.longName.equals(longName)) {
                return option;
            }
        }
        throw new IllegalStateException("not declared: --" + longName);
    }

    /** {@code --help}: usage, every option in the order declared, and the exit codes. */
    static void usage(PrintStream out) {
        StringBuilder text = new StringBuilder("Usage: anaplan-shell [OPTIONS] [COMMAND...]\n\n")
                .append(DESCRIPTION).append("\n\nOptions:\n");
        text.append(CommandHelp.table(ALL.stream().map(option -> new String[] {
            (option.shortName != null ? "-" + option.shortName + ", " : "    ") + option.name()
                    + (option.takesValue() ? " " + option.label : ""),
            option.help()}).toList()));
        out.print(text.append('\n').append(FOOTER).append('\n'));
        out.flush();
    }

    /** "unknown option '--sandbx' (did you mean '--sandbox'?)" */
    static String unknownOption(String given) {
        String name = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
        return "unknown option '" + given + "'" + DidYouMean.hint(name, ALL.stream().map(LaunchOption::name).toList());
    }

    private static String name(Option option) {
        return option.getLongOpt() != null ? "--" + option.getLongOpt() : "-" + option.getOpt();
    }
}
