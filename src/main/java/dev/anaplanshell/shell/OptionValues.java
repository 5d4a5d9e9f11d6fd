package dev.anaplanshell.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.ProxySettings;
import dev.anaplanshell.client.Regions;
import dev.anaplanshell.render.OutputFormat;
import dev.anaplanshell.sandbox.http.Faults;
import dev.anaplanshell.session.Variables;

/**
 * The launcher options' value types: each turns the text given into a value or throws an IllegalArgumentException
 * saying what is wrong ("needs a whole number, not 'x'"), which the option prefixes with its name.
 */
final class OptionValues {

    /**
     * A value type of {@link LaunchOption}s. One switch rather than a lambda an option: the table is read at every
     * start, and each lambda costs the JVM classes spun at run time (~1 ms each without the CDS archive).
     *
     * @param <T> what a text given becomes
     */
    static final class Type<T> {

        static final Type<String> TEXT = new Type<>(Kind.TEXT);
        static final Type<Long> WHOLE = new Type<>(Kind.WHOLE);
        static final Type<Long> AT_LEAST_ZERO = new Type<>(Kind.AT_LEAST_ZERO);
        static final Type<Integer> COUNT = new Type<>(Kind.COUNT);
        static final Type<Integer> PORT = new Type<>(Kind.PORT);
        static final Type<Duration> DURATION = new Type<>(Kind.DURATION);
        static final Type<Duration> DURATION_OR_ZERO = new Type<>(Kind.DURATION_OR_ZERO);
        static final Type<Long> SIZE = new Type<>(Kind.SIZE);
        static final Type<Double> MEGABITS = new Type<>(Kind.MEGABITS);
        static final Type<Map.Entry<String, String>> VARIABLE = new Type<>(Kind.VARIABLE);
        static final Type<Map.Entry<String, String>> USER = new Type<>(Kind.USER);
        static final Type<X509Certificate> CERTIFICATE = new Type<>(Kind.CERTIFICATE);
        static final Type<Endpoints> REGION = new Type<>(Kind.REGION);
        static final Type<String> PROXY = new Type<>(Kind.PROXY);
        static final Type<OutputFormat> FORMAT = new Type<>(Kind.FORMAT);
        static final Type<Map<String, Double>> FAULTS = new Type<>(Kind.FAULTS);

        private enum Kind {
            TEXT, WHOLE, AT_LEAST_ZERO, COUNT, PORT, DURATION, DURATION_OR_ZERO, SIZE, MEGABITS, VARIABLE, USER,
            CERTIFICATE, REGION, PROXY, FORMAT, FAULTS
        }

        private final Kind kind;

        private Type(Kind kind) {
            this.kind = kind;
        }

        /** @throws IllegalArgumentException (or a usage ShellException) saying what is wrong with the text */
        @SuppressWarnings("unchecked")
        T convert(String text) {
            return (T) switch (kind) {
                case TEXT -> text;
                case WHOLE -> whole(text);
                case AT_LEAST_ZERO -> atLeastZero(text);
                case COUNT -> count(text);
                case PORT -> port(text);
                case DURATION -> duration(text);
                case DURATION_OR_ZERO -> durationOrZero(text);
                case SIZE -> size(text);
                case MEGABITS -> megabits(text);
                case VARIABLE -> variable(text);
                case USER -> user(text);
                case CERTIFICATE -> certificate(text);
                case REGION -> region(text);
                case PROXY -> proxy(text);
                case FORMAT -> OutputFormat.parse(text);
                case FAULTS -> Faults.parse(text);
            };
        }

        /** The values the completion scripts offer, when the type has few. */
        List<String> words() {
            return switch (kind) {
                case REGION -> Regions.names();
                case FORMAT -> Arrays.stream(OutputFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
                default -> List.of();
            };
        }
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");

    private OptionValues() {
    }

    static long whole(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("needs a whole number, not '" + value + "'");
        }
    }

    /** A whole number of 0 or more. */
    static long atLeastZero(String value) {
        long n = whole(value);
        if (n < 0) {
            throw new IllegalArgumentException("needs a number of 0 or more, not " + n);
        }
        return n;
    }

    /** A whole number of 0 or more that fits an int. */
    static int count(String value) {
        long n = atLeastZero(value);
        if (n != (int) n) {
            throw new IllegalArgumentException("is out of range: " + n);
        }
        return (int) n;
    }

    static int port(String value) {
        long n = whole(value);
        if (n != (int) n) {
            throw new IllegalArgumentException("is out of range: " + n);
        }
        if (n < 0 || n > 65535) {
            throw new IllegalArgumentException("needs a port number from 0 to 65535, not " + n);
        }
        return (int) n;
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
                // falls through to the error
            }
        }
        throw new IllegalArgumentException("needs a duration such as 35m, 90s or 500ms, not '" + text + "'");
    }

    /** A {@link #duration} or {@code 0}. */
    static Duration durationOrZero(String text) {
        return text.strip().equals("0") ? Duration.ZERO : duration(text);
    }

    /** Bytes, or KiB, MiB, GiB (K, KB, M, MB, G, GB are the same binary units). */
    static long size(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("needs a size such as 64MiB or 512KiB, not '" + text + "'");
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
            throw new IllegalArgumentException("is too large: '" + text + "'");
        }
        return n << shift;
    }

    /** A number of Mbit/s above 0. */
    static double megabits(String value) {
        try {
            double mbit = Double.parseDouble(value.strip());
            if (mbit > 0 && !Double.isInfinite(mbit)) {
                return mbit;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException("needs a number of Mbit/s above 0, not '" + value + "'");
    }

    /** {@code NAME=VALUE}, the name one {@code set} would take. */
    static Map.Entry<String, String> variable(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("needs NAME=VALUE, not '" + text + "'");
        }
        Map.Entry<String, String> variable = Map.entry(text.substring(0, eq), text.substring(eq + 1));
        new Variables(Map.ofEntries(variable), name -> null); // checks the name
        return variable;
    }

    /** {@code EMAIL:PASSWORD}. */
    static Map.Entry<String, String> user(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("needs EMAIL:PASSWORD");
        }
        return Map.entry(text.substring(0, colon).strip(), text.substring(colon + 1));
    }

    /** An X.509 certificate file, PEM or DER. */
    static X509Certificate certificate(String file) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + " does not exist");
        } catch (IOException | CertificateException | ClassCastException e) {
            throw new IllegalArgumentException(file + " is not an X.509 certificate (PEM or DER)");
        }
    }

    static Endpoints region(String name) {
        return Regions.of(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown region '" + name + "' (known: " + String.join(", ", Regions.names()) + ")"));
    }

    /** {@code http://[user:password@]host:port}, checked here and resolved with the environment later. */
    static String proxy(String url) {
        ProxySettings.resolve(url, Map.of());
        return url;
    }
}
