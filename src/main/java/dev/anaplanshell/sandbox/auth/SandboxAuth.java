package dev.anaplanshell.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.anaplanshell.core.Certificates;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.sandbox.data.SbDemoData;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.tenant.Tenant;

/** Wires the sandbox's authentication: users of its own, the auth service (password and certificate), OAuth. */
public final class SandboxAuth {

    private SandboxAuth() {
    }

    public static void register(Router router, Tenant tenant, TokenStore tokens, SandboxOptions options) {
        CertificateAuth certificates = new CertificateAuth(tenant, options.auth().certificates(), options.clock());
        new AuthEndpoints(tenant, tokens, certificates).register(router);
        new OAuthEndpoints(tenant, tokens, options.clock(), options.auth().oauthAutoApprove()).register(router);
    }

    /**
     * The tenant's users plus {@code --sandbox-user}s (a known e-mail gets the new password) and the users that
     * trusted certificates name, created when missing (with a password nobody knows).
     */
    public static SbDemoData withUsers(SbDemoData data, SandboxOptions.AuthOptions auth) {
        if (auth.users().isEmpty() && auth.certificates().isEmpty()) {
            return data;
        }
        List<SbUser> users = new ArrayList<>(data.users());
        String customerId = users.isEmpty() ? hex("customer") : users.get(0).customerId();
        for (Map.Entry<String, String> extra : auth.users().entrySet()) {
            put(users, extra.getKey(), extra.getValue(), customerId);
        }
        for (X509Certificate certificate : auth.certificates()) {
            String email = Certificates.subjectUser(certificate);
            if (users.stream().noneMatch(u -> u.email().equalsIgnoreCase(email))) {
                put(users, email, hex(email + System.nanoTime()), customerId);
            }
        }
        return new SbDemoData(users, data.workspaces(), data.models());
    }

    private static void put(List<SbUser> users, String email, String password, String customerId) {
        for (int i = 0; i < users.size(); i++) {
            SbUser u = users.get(i);
            if (u.email().equalsIgnoreCase(email)) {
                users.set(i, new SbUser(u.id(), u.email(), password, u.firstName(), u.lastName(), u.customerId()));
                return;
            }
        }
        String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        users.add(new SbUser(hex(email.toLowerCase(Locale.ROOT)), email, password, local, "Sandbox", customerId));
    }

    /** 32 lowercase hex characters, like Anaplan's user ids, stable for a given e-mail. */
    private static String hex(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
