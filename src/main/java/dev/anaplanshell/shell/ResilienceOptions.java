package dev.anaplanshell.shell;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.client.ProxySettings;
import dev.anaplanshell.core.ShellException;
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
                Launcher.duration(options.readTimeout), options.rateLimit, proxy, size(options.maxAnswerSize));
    }

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");

    /** {@code --max-answer-size}: bytes, or KiB, MiB, GiB (K, KB, M, MB, G, GB are the same binary units). */
    static long size(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw ShellException.usage("invalid --max-answer-size '" + text + "': use a size such as 64MiB or 512KiB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).substring(0, 1);
        int shift = switch (unit) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        if (n > Long.MAX_VALUE >> shift) {
            throw ShellException.usage("invalid --max-answer-size '" + text + "': too large");
        }
        return n << shift;
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
