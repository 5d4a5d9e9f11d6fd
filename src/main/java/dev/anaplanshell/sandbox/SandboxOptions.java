package dev.anaplanshell.sandbox;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.anaplanshell.sandbox.http.Faults;

/**
 * How to run the sandbox.
 *
 * @param port TCP port on 127.0.0.1, 0 for any free port
 * @param tokenTtl lifetime of the tokens it issues (Anaplan: 35 minutes)
 * @param scaleLineItems line items of the generated scale model, 0 for none
 * @param clock the clock tokens expire by and error timestamps come from (tests move it forward)
 * @param auth extra users, trusted certificates and OAuth approval (see {@link AuthOptions})
 * @param volumeListItems items of the generated "Volume Model"'s list, 0 for none
 * @param volumeViewCells cells of the generated "Volume Model"'s view, 0 for none
 * @param taskDuration how long an import, export, process or action runs (NOT_STARTED to COMPLETE)
 * @param exportMb size in MB of the generated "Scale Export.csv", 0 for none
 * @param faults injected errors, dropped connections and latency ({@code --sandbox-faults}), {@link Faults#NONE}
 */
public record SandboxOptions(int port, Duration tokenTtl, int scaleLineItems, Clock clock, AuthOptions auth,
        int volumeListItems, int volumeViewCells, Duration taskDuration, int exportMb, Faults faults) {

    public SandboxOptions {
        Objects.requireNonNull(tokenTtl, "tokenTtl");
        Objects.requireNonNull(clock, "clock");
        auth = auth == null ? AuthOptions.NONE : auth;
        taskDuration = taskDuration == null ? DEFAULT_TASK_DURATION : taskDuration;
        faults = faults == null ? Faults.NONE : faults;
        if (taskDuration.isNegative() || exportMb < 0) {
            throw new IllegalArgumentException("taskDuration and exportMb must not be negative");
        }
    }

    /** How long a sandbox task runs unless told otherwise ({@code --sandbox-task-time}). */
    public static final Duration DEFAULT_TASK_DURATION = Duration.ofSeconds(3);
    /** How long the sandbox's tokens live unless told otherwise ({@code --sandbox-token-ttl}): Anaplan's 35 minutes. */
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofMinutes(35);

    /** Any free port, Anaplan's token lifetime, the wall clock, the demo data only, no faults. */
    public static SandboxOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options from {@link #defaults()}, each changed by its method of the same name. */
    public static final class Builder {

        private int port;
        private Duration tokenTtl = DEFAULT_TOKEN_TTL;
        private int scaleLineItems;
        private Clock clock = Clock.systemUTC();
        private final Map<String, String> users = new LinkedHashMap<>();
        private final List<X509Certificate> certificates = new ArrayList<>();
        private boolean oauthAutoApprove;
        private int listItems;
        private int viewCells;
        private Duration taskDuration = DEFAULT_TASK_DURATION;
        private int exportMb;
        private Faults faults = Faults.NONE;

        private Builder() {
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder tokenTtl(Duration value) {
            tokenTtl = value;
            return this;
        }

        public Builder scaleLineItems(int value) {
            scaleLineItems = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** An extra user ({@code --sandbox-user EMAIL:PASSWORD}); the same e-mail again replaces the password. */
        public Builder user(String email, String password) {
            users.put(email, password);
            return this;
        }

        /** A trusted certificate ({@code --sandbox-cert}), for the user its subject names. */
        public Builder certificate(X509Certificate value) {
            certificates.add(value);
            return this;
        }

        public Builder oauthAutoApprove(boolean value) {
            oauthAutoApprove = value;
            return this;
        }

        public Builder listItems(int value) {
            listItems = value;
            return this;
        }

        public Builder viewCells(int value) {
            viewCells = value;
            return this;
        }

        public Builder taskDuration(Duration value) {
            taskDuration = value;
            return this;
        }

        public Builder exportMb(int value) {
            exportMb = value;
            return this;
        }

        public Builder faults(Faults value) {
            faults = value;
            return this;
        }

        public SandboxOptions build() {
            return new SandboxOptions(port, tokenTtl, scaleLineItems, clock,
                    new AuthOptions(users, certificates, oauthAutoApprove), listItems, viewCells, taskDuration,
                    exportMb, faults);
        }
    }

    /**
     * Credentials beyond the demo user's.
     *
     * @param users extra users as {@code email -> password} ({@code --sandbox-user EMAIL:PASSWORD})
     * @param certificates trusted CA certificates, each tied to the user its subject names (e-mail, else CN);
     *        a user who does not exist yet is created
     * @param oauthAutoApprove approve every OAuth device code at once, as the first user
     */
    public record AuthOptions(Map<String, String> users, List<X509Certificate> certificates, boolean oauthAutoApprove) {

        public static final AuthOptions NONE = new AuthOptions(Map.of(), List.of(), false);

        public AuthOptions {
            users = Map.copyOf(users);
            certificates = List.copyOf(certificates);
        }

        @Override
        public String toString() {
            return "AuthOptions[users=" + users.keySet() + ", certificates=" + certificates.size()
                    + ", oauthAutoApprove=" + oauthAutoApprove + "]";
        }
    }
}
