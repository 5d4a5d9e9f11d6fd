package dev.anaplanshell.shell;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.anaplanshell.completion.DidYouMean;
import dev.anaplanshell.core.ShellException;
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
 */
public final class LaunchOptions {

    private static final String DESCRIPTION = "An interactive, scriptable shell for Anaplan's REST APIs.";
    private static final String FOOTER = """
            With no command and no -c/-f, starts the interactive shell.
            With standard input not a terminal and no -c/-f, runs the commands it reads.
            bin/anaplan-shell --warm-up makes the start-up archive now, instead of before the first run.
            Exit codes: 0 ok, 1 failure, 2 usage, 3 authentication, 4 not found, 5 unavailable, 6 rows rejected, \
            7 differences.""";

    /** The options that may be given more than once; any other given twice is a usage error. */
    private static final List<String> REPEATABLE = List.of("var", "sandbox-user", "sandbox-cert");
    private static final Options OPTIONS = options();

    boolean sandbox;
    String commands;
    String file;
    String authUrl;
    String apiUrl;
    boolean serveSandbox;
    int port;
    String sandboxTokenTtl = "35m";
    int sandboxLineItems;
    int sandboxListItems;
    int sandboxViewCells;
    String sandboxTaskTime = "3s";
    int sandboxExportMb;
    boolean debug;
    boolean help;
    boolean version;
    Map<String, String> variables = new LinkedHashMap<>();
    boolean continueOnError;
    boolean quiet;
    String output;
    boolean noColor;
    boolean excel;
    boolean expanded;
    boolean noPager;
    boolean timing;
    /** {@code --csv-safe} true, {@code --no-csv-safe} false, neither null (the guard for Excel only). */
    Boolean csvSafe;
    String oauthUrl;
    String region;
    String profile;
    List<String> sandboxUsers = new ArrayList<>();
    List<String> sandboxCerts = new ArrayList<>();
    boolean sandboxOAuthAutoApprove;
    int maxRetries = 5;
    String connectTimeout = "10s";
    String readTimeout = "120s";
    String maxAnswerSize = "128MiB";
    int rateLimit = 540;
    String proxy;
    String sandboxFaults;
    long sandboxLatencyMs;
    double sandboxBandwidthMbit;
    Long sandboxFaultsSeed;
    List<String> command = new ArrayList<>();
    /** The long names of the options given. */
    Set<String> given = new HashSet<>();

    /** @throws ShellException a usage error, with a message fit for one line */
    static LaunchOptions parse(String... args) {
        CommandLine line;
        try {
            line = DefaultParser.builder().setAllowPartialMatching(false).get().parse(OPTIONS, args, true);
        } catch (MissingArgumentException e) {
            throw ShellException.usage("option '" + name(e.getOption()) + "' needs a value");
        } catch (AmbiguousOptionException e) {
            throw ShellException.usage(unknownOption(e.getOption()));
        } catch (UnrecognizedOptionException e) {
            throw ShellException.usage(unknownOption(e.getOption()));
        } catch (ParseException e) {
            throw ShellException.usage(e.getMessage());
        }
        for (Option given : line.getOptions()) {
            if (!REPEATABLE.contains(given.getLongOpt()) && line.getOptionValues(given) != null
                    && line.getOptionValues(given).length > 1) {
                throw ShellException.usage("option '" + name(given) + "' is given more than once");
            }
        }
        LaunchOptions o = new LaunchOptions();
        for (Option given : line.getOptions()) {
            o.given.add(given.getLongOpt());
        }
        o.sandbox = line.hasOption("sandbox");
        o.commands = line.getOptionValue("command");
        o.file = line.getOptionValue("file");
        o.authUrl = line.getOptionValue("auth-url");
        o.apiUrl = line.getOptionValue("api-url");
        o.serveSandbox = line.hasOption("serve-sandbox");
        o.port = integer(line, "port", 0);
        if (o.port < 0 || o.port > 65535) {
            throw ShellException.usage("option '--port' needs a port number from 0 to 65535, not " + o.port);
        }
        o.sandboxTokenTtl = line.getOptionValue("sandbox-token-ttl", o.sandboxTokenTtl);
        o.sandboxLineItems = integer(line, "sandbox-line-items", 0);
        o.sandboxListItems = integer(line, "sandbox-list-items", 0);
        o.sandboxViewCells = integer(line, "sandbox-view-cells", 0);
        o.sandboxTaskTime = line.getOptionValue("sandbox-task-time", o.sandboxTaskTime);
        o.sandboxExportMb = integer(line, "sandbox-export-mb", 0);
        for (String count : List.of("sandbox-line-items", "sandbox-list-items", "sandbox-view-cells",
                "sandbox-export-mb")) {
            if (integer(line, count, 0) < 0) {
                throw ShellException.usage("option '--" + count + "' needs a number of 0 or more, not "
                        + line.getOptionValue(count).strip());
            }
        }
        o.debug = line.hasOption("debug");
        o.help = line.hasOption("help");
        o.version = line.hasOption("version");
        for (String variable : values(line, "var")) {
            int eq = variable.indexOf('=');
            if (eq < 0) {
                throw ShellException.usage("option '--var' needs NAME=VALUE, not '" + variable + "'");
            }
            o.variables.put(variable.substring(0, eq), variable.substring(eq + 1));
        }
        o.continueOnError = line.hasOption("continue-on-error");
        o.quiet = line.hasOption("quiet");
        o.output = line.getOptionValue("output");
        o.noColor = line.hasOption("no-color");
        o.excel = line.hasOption("excel");
        o.expanded = line.hasOption("expanded");
        o.noPager = line.hasOption("no-pager");
        o.timing = line.hasOption("timing");
        if (line.hasOption("csv-safe") && line.hasOption("no-csv-safe")) {
            throw ShellException.usage("use only one of --csv-safe and --no-csv-safe");
        }
        o.csvSafe = line.hasOption("csv-safe") ? Boolean.TRUE : line.hasOption("no-csv-safe") ? Boolean.FALSE : null;
        o.oauthUrl = line.getOptionValue("oauth-url");
        o.region = line.getOptionValue("region");
        o.profile = line.getOptionValue("profile");
        o.sandboxUsers.addAll(values(line, "sandbox-user"));
        o.sandboxCerts.addAll(values(line, "sandbox-cert"));
        o.sandboxOAuthAutoApprove = line.hasOption("sandbox-oauth-auto-approve");
        o.maxRetries = integer(line, "max-retries", o.maxRetries);
        o.connectTimeout = line.getOptionValue("connect-timeout", o.connectTimeout);
        o.readTimeout = line.getOptionValue("read-timeout", o.readTimeout);
        o.maxAnswerSize = line.getOptionValue("max-answer-size", o.maxAnswerSize);
        o.rateLimit = integer(line, "rate-limit", o.rateLimit);
        o.proxy = line.getOptionValue("proxy");
        o.sandboxFaults = line.getOptionValue("sandbox-faults");
        o.sandboxLatencyMs = number(line, "sandbox-latency-ms", 0);
        o.sandboxBandwidthMbit = megabits(line, "sandbox-bandwidth");
        o.sandboxFaultsSeed = line.hasOption("sandbox-faults-seed") ? number(line, "sandbox-faults-seed", 0) : null;
        o.command.addAll(line.getArgList());
        return o;
    }

    /** {@code --help}: usage, every option in the order below (the common ones first), and the exit codes. */
    static void usage(PrintStream out) {
        StringBuilder text = new StringBuilder("Usage: anaplan-shell [OPTIONS] [COMMAND...]\n\n")
                .append(DESCRIPTION).append("\n\nOptions:\n");
        text.append(CommandHelp.table(OPTIONS.getOptions().stream().map(option -> new String[] {
            (option.getOpt() != null ? "-" + option.getOpt() + ", " : "    ") + "--" + option.getLongOpt()
                    + (option.hasArg() ? " " + option.getArgName() : ""),
            option.getDescription()}).toList()));
        out.print(text.append('\n').append(FOOTER).append('\n'));
        out.flush();
    }

    /** "unknown option '--sandbx' (did you mean '--sandbox'?)" */
    static String unknownOption(String given) {
        String name = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
        List<String> known = OPTIONS.getOptions().stream().map(o -> "--" + o.getLongOpt()).toList();
        return "unknown option '" + given + "'" + DidYouMean.hint(name, known);
    }

    /** Every option, in the order of {@code --help}: for the completion scripts. */
    static List<Option> all() {
        return List.copyOf(OPTIONS.getOptions());
    }

    Path filePath() {
        return file == null || file.equals("-") ? null : Path.of(file);
    }

    private static Options options() {
        Options options = new Options();
        flag(options, null, "sandbox", "Start the embedded sandbox and log in as its demo user.");
        value(options, "c", "command", "CMDS",
                "Run commands separated by ';' without a prompt; stop at the first failure.");
        value(options, "f", "file", "FILE",
                "Run the commands of a script file ('-' for standard input); stop at the first failure.");
        value(options, null, "auth-url", "URL",
                "Authentication service (default: the profile's or region's, else https://auth.anaplan.com).");
        value(options, null, "api-url", "URL",
                "Integration API host (default: the profile's or region's, else https://api.anaplan.com).");
        value(options, null, "oauth-url", "URL",
                "OAuth 2.0 service (default: the profile's or region's, else https://us1a.app.anaplan.com).");
        value(options, null, "region", "REGION", "Hosts of an Anaplan region: us1 (and the other shared pods), us9, "
                + "eu3, eu5, gb1, ca1, sg1, ae1, me1, in1, id1, au1.");
        value(options, null, "profile", "NAME",
                "Run with a saved profile (hosts, login, workspace/model); default: the one 'profile use' set.");
        value(options, "v", "var", "NAME=VALUE", "Define a variable, used as ${NAME} in commands (repeatable).");
        flag(options, null, "continue-on-error",
                "Go on after a failing command; exit with the first failure's code at the end.");
        flag(options, "q", "quiet", "Print only data and errors, no informational messages.");
        value(options, "o", "output", "FORMAT",
                "Default format of every listing: table, csv or json (json: messages as JSON objects too).");
        flag(options, null, "no-color", "No colour (also when NO_COLOR is set or output is not a terminal).");
        flag(options, "x", "expanded", "Show every table as one block of 'name | value' lines a row (as psql's \\x); "
                + "without it, only when a row cannot fit the terminal.");
        flag(options, null, "no-pager", "Never page output taller than the terminal (also with PAGER set empty).");
        flag(options, null, "timing", "Print how long each command took (also: set timing on).");
        flag(options, null, "excel", "CSV for Excel: a UTF-8 byte order mark before the header, and the CSV "
                + "injection guard (cells starting = + - @ get a ' before them).");
        flag(options, null, "csv-safe", "The CSV injection guard for every CSV, not only Excel's.");
        flag(options, null, "no-csv-safe", "No CSV injection guard, not even with --excel.");
        flag(options, null, "debug", "Print stack traces with errors.");
        value(options, null, "max-retries", "N", "Retries of a failed request: 429/503 always, other 5xx and "
                + "dropped connections for reads only (default: 5).");
        value(options, null, "connect-timeout", "DURATION", "Longest wait for a connection (default: 10s).");
        value(options, null, "read-timeout", "DURATION",
                "Longest wait for an answer, and for each next KiB of its body (default: 120s).");
        value(options, null, "max-answer-size", "SIZE", "Largest JSON answer read, e.g. 64MiB; streamed exports "
                + "and downloads are not limited (default: 128MiB).");
        value(options, null, "rate-limit", "N",
                "Requests a minute at most, below Anaplan's 600 (default: 540; 0: no limit).");
        value(options, null, "proxy", "URL", "HTTP proxy, http://[user:password@]host:port (default: HTTPS_PROXY, "
                + "then Java's proxy properties).");
        flag(options, "h", "help", "Show this help and exit.");
        flag(options, "V", "version", "Show the version and exit.");
        flag(options, null, "serve-sandbox", "Only run the sandbox, in the foreground, until killed.");
        value(options, null, "port", "N", "The sandbox's port with --serve-sandbox (default: any free port).");
        value(options, null, "sandbox-token-ttl", "DURATION",
                "Lifetime of the sandbox's tokens, e.g. 35m, 90s (default: 35m).");
        value(options, null, "sandbox-line-items", "N", "Add a generated 'Scale Model' with N line items to the sandbox.");
        value(options, null, "sandbox-list-items", "N",
                "Add a generated 'Volume Model' whose list 'Volume Items' has N items.");
        value(options, null, "sandbox-view-cells", "N",
                "Give the 'Volume Model' a view of N cells (10 line items on columns).");
        value(options, null, "sandbox-task-time", "DURATION",
                "How long a sandbox import, export, process or action runs, e.g. 3s, 500ms, 0 (default: 3s).");
        value(options, null, "sandbox-export-mb", "N",
                "Add a generated export 'Scale Export.csv' of about N MB to every sandbox model.");
        value(options, null, "sandbox-user", "EMAIL:PASSWORD",
                "An extra sandbox user (repeatable), with --sandbox or --serve-sandbox.");
        value(options, null, "sandbox-cert", "FILE.pem",
                "A certificate the sandbox trusts, for the user its subject names (repeatable).");
        flag(options, null, "sandbox-oauth-auto-approve",
                "The sandbox approves every OAuth device code at once, as its first user.");
        value(options, null, "sandbox-faults", "SPEC",
                "Make the sandbox fail at random, e.g. 429=0.1,500=0.05,503=0.05,reset=0.02.");
        value(options, null, "sandbox-latency-ms", "N", "Delay every sandbox answer by N ms.");
        value(options, null, "sandbox-bandwidth", "MBIT",
                "Send the sandbox's answers over one link of MBIT megabits a second, e.g. 50 (default: no limit).");
        value(options, null, "sandbox-faults-seed", "N", "Seed of the sandbox's faults, for a repeatable run.");
        return options;
    }

    private static void flag(Options options, String shortName, String longName, String description) {
        options.addOption(Option.builder(shortName).longOpt(longName).desc(description).get());
    }

    private static void value(Options options, String shortName, String longName, String label, String description) {
        options.addOption(Option.builder(shortName).longOpt(longName).hasArg().argName(label).desc(description).get());
    }

    private static List<String> values(CommandLine line, String longName) {
        String[] values = line.getOptionValues(longName);
        return values == null ? List.of() : List.of(values);
    }

    private static long number(CommandLine line, String longName, long absent) {
        String value = line.getOptionValue(longName);
        if (value == null) {
            return absent;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ShellException.usage("option '--" + longName + "' needs a whole number, not '" + value + "'");
        }
    }

    /** A positive number of Mbit/s, 0 when the option is absent. */
    private static double megabits(CommandLine line, String longName) {
        String value = line.getOptionValue(longName);
        if (value == null) {
            return 0;
        }
        try {
            double mbit = Double.parseDouble(value.strip());
            if (mbit > 0 && !Double.isInfinite(mbit)) {
                return mbit;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ShellException.usage("option '--" + longName + "' needs a number of Mbit/s above 0, not '" + value + "'");
    }

    private static int integer(CommandLine line, String longName, int absent) {
        long value = number(line, longName, absent);
        if (value != (int) value) {
            throw ShellException.usage("option '--" + longName + "' is out of range: " + value);
        }
        return (int) value;
    }

    private static String name(Option option) {
        return option.getLongOpt() != null ? "--" + option.getLongOpt() : "-" + option.getOpt();
    }
}
