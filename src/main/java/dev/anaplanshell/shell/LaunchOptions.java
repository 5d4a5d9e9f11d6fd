package dev.anaplanshell.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The packaged shell's own command line, parsed before Spring starts. */
@Command(name = "anaplan-shell", sortOptions = false, usageHelpAutoWidth = true,
        description = "An interactive, scriptable shell for Anaplan's REST APIs.",
        footer = {"", "With no command and no -c/-f, starts the interactive shell.",
                "With standard input not a terminal and no -c/-f, runs the commands it reads.",
                "Exit codes: 0 ok, 1 failure, 2 usage, 3 authentication, 4 not found, 5 unavailable, 6 rows rejected, 7 differences."})
public class LaunchOptions {

    @Option(names = "--sandbox", description = "Start the embedded sandbox and log in as its demo user.")
    boolean sandbox;

    @Option(names = {"-c", "--command"}, paramLabel = "CMDS",
            description = "Run commands separated by ';' without a prompt; stop at the first failure.")
    String commands;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "Run the commands of a script file ('-' for standard input); stop at the first failure.")
    String file;

    @Option(names = "--auth-url", paramLabel = "URL",
            description = "Authentication service (default: the profile's or region's, else https://auth.anaplan.com).")
    String authUrl;

    @Option(names = "--api-url", paramLabel = "URL",
            description = "Integration API host (default: the profile's or region's, else https://api.anaplan.com).")
    String apiUrl;

    @Option(names = "--serve-sandbox", description = "Only run the sandbox, in the foreground, until killed.")
    boolean serveSandbox;

    @Option(names = "--port", paramLabel = "N", description = "The sandbox's port with --serve-sandbox (default: any free port).")
    int port;

    @Option(names = "--sandbox-token-ttl", paramLabel = "DURATION",
            description = "Lifetime of the sandbox's tokens, e.g. 35m, 90s (default: 35m).", defaultValue = "35m")
    String sandboxTokenTtl;

    @Option(names = "--sandbox-line-items", paramLabel = "N",
            description = "Add a generated 'Scale Model' with N line items to the sandbox.")
    int sandboxLineItems;

    @Option(names = "--sandbox-list-items", paramLabel = "N",
            description = "Add a generated 'Volume Model' whose list 'Volume Items' has N items.")
    int sandboxListItems;

    @Option(names = "--sandbox-view-cells", paramLabel = "N",
            description = "Give the 'Volume Model' a view of N cells (10 line items on columns).")
    int sandboxViewCells;

    @Option(names = "--sandbox-task-time", paramLabel = "DURATION",
            description = "How long a sandbox import, export, process or action runs, e.g. 3s, 500ms, 0 (default: 3s).",
            defaultValue = "3s")
    String sandboxTaskTime;

    @Option(names = "--sandbox-export-mb", paramLabel = "N",
            description = "Add a generated export 'Scale Export.csv' of about N MB to every sandbox model.")
    int sandboxExportMb;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Show the version and exit.")
    boolean version;

    @Option(names = {"-v", "--var"}, paramLabel = "NAME=VALUE",
            description = "Define a variable, used as ${NAME} in commands (repeatable).")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--continue-on-error",
            description = "Go on after a failing command; exit with the first failure's code at the end.")
    boolean continueOnError;

    @Option(names = {"-q", "--quiet"}, description = "Print only data and errors, no informational messages.")
    boolean quiet;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "Default format of every listing: table, csv or json (json: messages as JSON objects too).")
    String output;

    @Option(names = "--no-color", description = "No colour (also when NO_COLOR is set or output is not a terminal).")
    boolean noColor;

    @Option(names = "--excel", description = "CSV for Excel: a UTF-8 byte order mark before the header.")
    boolean excel;

    @Option(names = "--oauth-url", paramLabel = "URL",
            description = "OAuth 2.0 service (default: the profile's or region's, else https://us1a.app.anaplan.com).")
    String oauthUrl;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Hosts of an Anaplan region: us1 (and the other shared pods), us9, eu3, eu5, gb1, ca1, sg1, "
                    + "ae1, me1, in1, id1, au1.")
    String region;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Run with a saved profile (hosts, login, workspace/model); default: the one 'profile use' set.")
    String profile;

    @Option(names = "--sandbox-user", paramLabel = "EMAIL:PASSWORD",
            description = "An extra sandbox user (repeatable), with --sandbox or --serve-sandbox.")
    List<String> sandboxUsers = new ArrayList<>();

    @Option(names = "--sandbox-cert", paramLabel = "FILE.pem",
            description = "A certificate the sandbox trusts, for the user its subject names (repeatable).")
    List<String> sandboxCerts = new ArrayList<>();

    @Option(names = "--sandbox-oauth-auto-approve",
            description = "The sandbox approves every OAuth device code at once, as its first user.")
    boolean sandboxOAuthAutoApprove;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "5",
            description = "Retries of a failed request: 429/503 always, other 5xx and dropped connections for reads only (default: ${DEFAULT-VALUE}).")
    int maxRetries;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "Longest wait for a connection (default: ${DEFAULT-VALUE}).")
    String connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "DURATION", defaultValue = "120s",
            description = "Longest wait for an answer (default: ${DEFAULT-VALUE}).")
    String readTimeout;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "540",
            description = "Requests a minute at most, below Anaplan's 600 (default: ${DEFAULT-VALUE}; 0: no limit).")
    int rateLimit;

    @Option(names = "--proxy", paramLabel = "URL",
            description = "HTTP proxy, http://[user:password@]host:port (default: HTTPS_PROXY, then Java's proxy properties).")
    String proxy;

    @Option(names = "--sandbox-faults", paramLabel = "SPEC",
            description = "Make the sandbox fail at random, e.g. 429=0.1,500=0.05,503=0.05,reset=0.02.")
    String sandboxFaults;

    @Option(names = "--sandbox-latency-ms", paramLabel = "N", description = "Delay every sandbox answer by N ms.")
    long sandboxLatencyMs;

    @Option(names = "--sandbox-faults-seed", paramLabel = "N", description = "Seed of the sandbox's faults, for a repeatable run.")
    Long sandboxFaultsSeed;

    @Parameters(paramLabel = "COMMAND", description = "One command to run, e.g. 'models list'.")
    List<String> command = new ArrayList<>();

    Path filePath() {
        return file == null || file.equals("-") ? null : Path.of(file);
    }
}
