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

    public SandboxOptions(int port, Duration tokenTtl, int scaleLineItems, Clock clock) {
        this(port, tokenTtl, scaleLineItems, clock, AuthOptions.NONE, 0, 0, DEFAULT_TASK_DURATION, 0, Faults.NONE);
    }

    public SandboxOptions(int port, Duration tokenTtl, int scaleLineItems) {
        this(port, tokenTtl, scaleLineItems, Clock.systemUTC());
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(0, Duration.ofMinutes(35), 0);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, tokenTtl, scaleLineItems, clock, auth,
                volumeListItems, volumeViewCells, taskDuration, exportMb, faults);
    }

    public SandboxOptions withTokenTtl(Duration ttl) {
        return new SandboxOptions(port, ttl, scaleLineItems, clock, auth,
                volumeListItems, volumeViewCells, taskDuration, exportMb, faults);
    }

    public SandboxOptions withScaleLineItems(int n) {
        return new SandboxOptions(port, tokenTtl, n, clock, auth,
                volumeListItems, volumeViewCells, taskDuration, exportMb, faults);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, newClock, auth,
                volumeListItems, volumeViewCells, taskDuration, exportMb, faults);
    }

    public SandboxOptions withAuth(AuthOptions newAuth) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, clock, newAuth,
                volumeListItems, volumeViewCells, taskDuration, exportMb, faults);
    }

    public SandboxOptions withListItems(int n) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, clock, auth, n, volumeViewCells,
                taskDuration, exportMb, faults);
    }

    public SandboxOptions withTaskDuration(Duration d) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, clock, auth, volumeListItems, volumeViewCells, d,
                exportMb, faults);
    }

    public SandboxOptions withExportMb(int mb) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, clock, auth, volumeListItems, volumeViewCells,
                taskDuration, mb, faults);
    }

    public SandboxOptions withFaults(Faults f) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, clock, auth, volumeListItems, volumeViewCells,
                taskDuration, exportMb, f);
    }

    public SandboxOptions withViewCells(int n) {
        return new SandboxOptions(port, tokenTtl, scaleLineItems, clock, auth, volumeListItems, n,
                taskDuration, exportMb, faults);
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

        public AuthOptions withUser(String email, String password) {
            Map<String, String> more = new LinkedHashMap<>(users);
            more.put(email, password);
            return new AuthOptions(more, certificates, oauthAutoApprove);
        }

        public AuthOptions withCertificate(X509Certificate certificate) {
            List<X509Certificate> more = new ArrayList<>(certificates);
            more.add(certificate);
            return new AuthOptions(users, more, oauthAutoApprove);
        }

        public AuthOptions withOAuthAutoApprove(boolean approve) {
            return new AuthOptions(users, certificates, approve);
        }

        @Override
        public String toString() {
            return "AuthOptions[users=" + users.keySet() + ", certificates=" + certificates.size()
                    + ", oauthAutoApprove=" + oauthAutoApprove + "]";
        }
    }
}
