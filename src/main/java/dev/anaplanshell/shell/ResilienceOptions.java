package dev.anaplanshell.shell;

import java.util.Map;

import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.client.ProxySettings;
import dev.anaplanshell.sandbox.http.Faults;

/** The launcher's retry, timeout, rate-limit, proxy and sandbox-fault options, checked and turned into settings. */
final class ResilienceOptions {

    private ResilienceOptions() {
    }

    /** @throws ShellException a usage error for a negative count, a bad duration or a bad proxy URL */
    static HttpSettings http(LaunchOptions options, Map<String, String> env) {
        if (options.maxRetries < 0 || options.rateLimit < 0) {
            throw ShellException.usage("--max-retries and --rate-limit cannot be negative");
        }
        ProxySettings proxy;
        try {
            proxy = ProxySettings.resolve(options.proxy, env);
        } catch (IllegalArgumentException e) {
            throw ShellException.usage(e.getMessage());
        }
        return new HttpSettings(options.maxRetries, Launcher.duration(options.connectTimeout),
                Launcher.duration(options.readTimeout), options.rateLimit, proxy);
    }

    /** @throws ShellException a usage error for a bad {@code --sandbox-faults}, a negative latency or bandwidth */
    static Faults faults(LaunchOptions options) {
        try {
            return new Faults(Faults.parse(options.sandboxFaults), options.sandboxLatencyMs, options.sandboxFaultsSeed,
                    options.sandboxBandwidthMbit);
        } catch (IllegalArgumentException e) {
            throw ShellException.usage(e.getMessage());
        }
    }
}
