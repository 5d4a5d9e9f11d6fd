package dev.anaplanshell.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the fault-injecting sandbox does wrong, and how often: {@code --sandbox-faults "429=0.1,500=0.05,reset=0.02"}
 * (an HTTP status, or {@code reset} to close the connection without an answer, with its probability per request),
 * {@code --sandbox-latency-ms} before every answer, {@code --sandbox-bandwidth} for the bodies of all answers, and a
 * seed for a reproducible sequence.
 *
 * @param probabilities {@code "429"}, {@code "503"}, {@code "reset"}... to a probability in [0, 1]; at most 1 in all
 * @param latencyMs wait before every answer, in milliseconds
 * @param seed the random sequence's seed, or null for a different one every run
 * @param bandwidthMbit the link every answer's body shares, in Mbit/s ({@link Link}); 0 for no limit
 */
public record Faults(Map<String, Double> probabilities, long latencyMs, Long seed, double bandwidthMbit) {

    /** No faults, no latency. */
    public static final Faults NONE = new Faults(Map.of(), 0, null);

    public static final String RESET = "reset";

    public Faults {
        probabilities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
        if (latencyMs < 0) {
            throw new IllegalArgumentException("the sandbox's latency cannot be negative");
        }
        if (!(bandwidthMbit >= 0) || Double.isInfinite(bandwidthMbit)) {
            throw new IllegalArgumentException("the sandbox's bandwidth must be a positive number of Mbit/s");
        }
    }

    public Faults(Map<String, Double> probabilities, long latencyMs, Long seed) {
        this(probabilities, latencyMs, seed, 0);
    }

    /** True when the sandbox behaves normally. */
    public boolean none() {
        return probabilities.isEmpty() && latencyMs == 0 && bandwidthMbit == 0;
    }

    /**
     * Parses {@code "429=0.1,500=0.05,503=0.05,reset=0.02"}.
     *
     * @throws IllegalArgumentException for anything else, naming what is wrong
     */
    public static Map<String, Double> parse(String spec) {
        Map<String, Double> faults = new LinkedHashMap<>();
        double total = 0;
        for (String part : spec == null ? new String[0] : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            String kind = kv[0].strip().toLowerCase(Locale.ROOT);
            if (!kind.equals(RESET) && !kind.matches("[45]\\d\\d")) {
                throw new IllegalArgumentException("invalid sandbox fault '" + kind + "': use an HTTP status 400-599 or reset");
            }
            double p;
            try {
                p = kv.length == 2 ? Double.parseDouble(kv[1].strip()) : Double.NaN;
            } catch (NumberFormatException e) {
                p = Double.NaN;
            }
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("invalid sandbox fault '" + part.strip()
                        + "': use e.g. 429=0.1 (a probability from 0 to 1)");
            }
            faults.merge(kind, p, Double::sum);
            total += p;
        }
        if (total > 1 + 1e-9) {
            throw new IllegalArgumentException("the sandbox's fault probabilities add up to more than 1");
        }
        return faults;
    }
}
