package dev.anaplanshell.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The one place that decides whether a failed request is tried again, and how long to wait first.
 * <ul>
 * <li>429 and 503: always (the service did not process the request), after {@code Retry-After} when given;</li>
 * <li>a connect timeout: always (nothing was sent);</li>
 * <li>other 5xx, 409/423 (model busy), a dropped connection or a read timeout: only for idempotent requests;</li>
 * <li>anything else, and a refused connection or an unknown host: never.</li>
 * </ul>
 * Waits grow exponentially (1 s, 2 s, 4 s ... at most 60 s) with jitter (half to all of it); a {@code Retry-After}
 * is honoured up to 120 s. A non-idempotent request that failed in a way that may have applied it is not retried and
 * its error says so.
 */
final class RetryPolicy {

    /** Whether sending a request twice has the same effect as sending it once. */
    enum Idempotency {
        IDEMPOTENT, NOT_IDEMPOTENT
    }

    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(120);

    private final int maxRetries;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final ApiErrors errors;

    RetryPolicy(int maxRetries, Sleeper sleeper, DoubleSupplier random, ApiErrors errors) {
        this.maxRetries = maxRetries;
        this.sleeper = sleeper;
        this.random = random;
        this.errors = errors;
    }

    <T> T call(Idempotency idempotency, Supplier<T> attempt) {
        boolean idempotent = idempotency == Idempotency.IDEMPOTENT;
        for (int retry = 0;; retry++) {
            try {
                return attempt.get();
            } catch (AnaplanApiException e) {
                if (!retryable(e, idempotent)) {
                    throw !idempotent && mayHaveBeenApplied(e) ? errors.mayHaveBeenApplied(e) : e;
                }
                if (retry >= maxRetries) {
                    throw errors.gaveUp(e, retry);
                }
                try {
                    sleeper.sleep(e.retryAfter().map(RetryPolicy::capped).orElseGet(backoff(retry)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private Supplier<Duration> backoff(int retry) {
        return () -> {
            long full = Math.min(LONGEST_WAIT.toMillis(), FIRST_WAIT.toMillis() << Math.min(retry, 16));
            return Duration.ofMillis((long) (full * (0.5 + 0.5 * random.getAsDouble())));
        };
    }

    static boolean retryable(AnaplanApiException e, boolean idempotent) {
        int status = e.status();
        if (status == 429 || status == 503) {
            return true;
        }
        if (e instanceof AnaplanApiException.ConnectionFailed failed) {
            return idempotent || !failed.sent();
        }
        return idempotent && (status >= 500 || e instanceof AnaplanApiException.ModelBusy);
    }

    private static boolean mayHaveBeenApplied(AnaplanApiException e) {
        return e instanceof AnaplanApiException.ConnectionFailed failed ? failed.sent() : e.status() >= 500;
    }

    private static Duration capped(Duration d) {
        return d.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * A {@code Retry-After} header as a wait: delta-seconds or an HTTP-date ({@code Wed, 21 Oct 2015 07:28:00 GMT}).
     *
     * @return null when absent or unreadable
     */
    static Duration retryAfter(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String v = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
