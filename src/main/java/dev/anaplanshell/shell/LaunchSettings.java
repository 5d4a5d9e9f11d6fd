package dev.anaplanshell.shell;

import static dev.anaplanshell.shell.LaunchOptions.API_URL;
import static dev.anaplanshell.shell.LaunchOptions.AUTH_URL;
import static dev.anaplanshell.shell.LaunchOptions.CONNECT_TIMEOUT;
import static dev.anaplanshell.shell.LaunchOptions.CONTINUE_ON_ERROR;
import static dev.anaplanshell.shell.LaunchOptions.CSV_SAFE;
import static dev.anaplanshell.shell.LaunchOptions.EXCEL;
import static dev.anaplanshell.shell.LaunchOptions.EXPANDED;
import static dev.anaplanshell.shell.LaunchOptions.MAX_ANSWER_SIZE;
import static dev.anaplanshell.shell.LaunchOptions.MAX_RETRIES;
import static dev.anaplanshell.shell.LaunchOptions.NO_COLOR;
import static dev.anaplanshell.shell.LaunchOptions.NO_CSV_SAFE;
import static dev.anaplanshell.shell.LaunchOptions.NO_PAGER;
import static dev.anaplanshell.shell.LaunchOptions.OAUTH_URL;
import static dev.anaplanshell.shell.LaunchOptions.OUTPUT;
import static dev.anaplanshell.shell.LaunchOptions.PROXY;
import static dev.anaplanshell.shell.LaunchOptions.QUIET;
import static dev.anaplanshell.shell.LaunchOptions.RATE_LIMIT;
import static dev.anaplanshell.shell.LaunchOptions.READ_TIMEOUT;
import static dev.anaplanshell.shell.LaunchOptions.REGION;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_BANDWIDTH;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_CERT;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_EXPORT_MB;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_FAULTS;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_FAULTS_SEED;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_LATENCY_MS;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_LINE_ITEMS;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_LIST_ITEMS;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_OAUTH_AUTO_APPROVE;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_TASK_TIME;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_TOKEN_TTL;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_USER;
import static dev.anaplanshell.shell.LaunchOptions.SANDBOX_VIEW_CELLS;
import static dev.anaplanshell.shell.LaunchOptions.TIMING;
import static dev.anaplanshell.shell.LaunchOptions.VAR;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.client.ProxySettings;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.OutputSettings;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.sandbox.http.Faults;
import dev.anaplanshell.session.Profile;

/** The settings the launcher's options stand for: HTTP, how commands run and print, the hosts and the sandbox. */
final class LaunchSettings {

    private LaunchSettings() {
    }

    /** @throws ShellException a usage error for a bad proxy in the environment */
    static HttpSettings http(LaunchOptions options, Map<String, String> env) {
        ProxySettings proxy;
        try {
            proxy = ProxySettings.resolve(options.get(PROXY), env);
        } catch (IllegalArgumentException e) {
            throw ShellException.usage(e.getMessage());
        }
        return new HttpSettings(options.get(MAX_RETRIES), options.get(CONNECT_TIMEOUT), options.get(READ_TIMEOUT),
                options.get(RATE_LIMIT), proxy, options.get(MAX_ANSWER_SIZE));
    }

    static RunSettings run(LaunchOptions options, String noColorEnv, boolean terminal) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (Map.Entry<String, String> variable : options.get(VAR)) {
            variables.put(variable.getKey(), variable.getValue());
        }
        Boolean csvSafe = options.given(CSV_SAFE) ? Boolean.TRUE : options.given(NO_CSV_SAFE) ? Boolean.FALSE : null;
        OutputSettings output = new OutputSettings(options.get(QUIET), options.get(OUTPUT),
                OutputSettings.colorWanted(options.get(NO_COLOR), noColorEnv, terminal), options.get(EXCEL), csvSafe,
                terminal, options.get(EXPANDED), !options.get(NO_PAGER));
        return new RunSettings(variables, options.get(CONTINUE_ON_ERROR), output, options.get(TIMING));
    }

    /** Explicit URLs win over {@code --region}, which wins over the profile's hosts, which win over the defaults. */
    static Endpoints endpoints(LaunchOptions options, Profile profile) {
        Endpoints base = options.given(REGION) ? options.get(REGION)
                : profile != null ? profile.endpoints() : Endpoints.defaults();
        return Endpoints.of(options.given(AUTH_URL) ? options.get(AUTH_URL) : base.authUrl().toString(),
                options.given(API_URL) ? options.get(API_URL) : base.apiUrl().toString(),
                options.given(OAUTH_URL) ? options.get(OAUTH_URL) : base.oauthUrl().toString());
    }

    /** The sandbox's options; made only when {@code --sandbox} or {@code --serve-sandbox} runs one. */
    static SandboxOptions sandbox(LaunchOptions options, int port) {
        SandboxOptions.Builder sandbox = SandboxOptions.builder().port(port)
                .tokenTtl(options.get(SANDBOX_TOKEN_TTL))
                .scaleLineItems(options.get(SANDBOX_LINE_ITEMS))
                .listItems(options.get(SANDBOX_LIST_ITEMS))
                .viewCells(options.get(SANDBOX_VIEW_CELLS))
                .taskDuration(options.get(SANDBOX_TASK_TIME))
                .exportMb(options.get(SANDBOX_EXPORT_MB))
                .oauthAutoApprove(options.get(SANDBOX_OAUTH_AUTO_APPROVE));
        options.get(SANDBOX_USER).forEach(user -> sandbox.user(user.getKey(), user.getValue()));
        options.get(SANDBOX_CERT).forEach(sandbox::certificate);
        Double bandwidth = options.get(SANDBOX_BANDWIDTH);
        return sandbox.faults(new Faults(options.given(SANDBOX_FAULTS) ? options.get(SANDBOX_FAULTS) : Map.of(),
                options.get(SANDBOX_LATENCY_MS), options.get(SANDBOX_FAULTS_SEED), bandwidth == null ? 0 : bandwidth))
                .build();
    }
}
