package dev.anaplanshell.sandbox.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Json;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OAuth 2.0 service's device grant (anaplan-api.md §2.9): {@code POST /oauth/device/code}, {@code POST
 * /oauth/token} (device-code and refresh-token grants, JSON or form bodies) and, in place of Anaplan's login page,
 * {@code GET /oauth/approve?user_code=...[&user=EMAIL]} which approves a pending code. Access tokens are ordinary
 * sandbox tokens (they work with {@code AnaplanAuthToken} and {@code Bearer}). Two clients are registered: one
 * with rotatable refresh tokens ({@link #ROTATING_CLIENT}) and one with non-rotatable ones ({@link #STATIC_CLIENT}).
 */
public final class OAuthEndpoints {

    public static final String ROTATING_CLIENT = "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4";
    public static final String STATIC_CLIENT = "b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5";
    static final int INTERVAL_SECONDS = 5;
    static final int DEVICE_CODE_SECONDS = 900;
    private static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final String SCOPE = "openid email offline_access";

    private static final class Pending {
        final String clientId;
        final String userCode;
        final Instant expiresAt;
        volatile Duration interval = Duration.ofSeconds(INTERVAL_SECONDS);
        volatile Instant lastPoll;
        volatile String approvedUserId;

        Pending(String clientId, String userCode, Instant expiresAt) {
            this.clientId = clientId;
            this.userCode = userCode;
            this.expiresAt = expiresAt;
        }
    }

    private record Refresh(String clientId, String userId) {
    }

    private final Map<String, Pending> byDeviceCode = new ConcurrentHashMap<>();
    private final Map<String, String> deviceCodeByUserCode = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Tenant tenant;
    private final TokenStore tokens;
    private final Clock clock;
    private final boolean autoApprove;

    public OAuthEndpoints(Tenant tenant, TokenStore tokens, Clock clock, boolean autoApprove) {
        this.tenant = tenant;
        this.tokens = tokens;
        this.clock = clock;
        this.autoApprove = autoApprove;
    }

    public void register(Router router) {
        router.post("/oauth/device/code", req -> answer(() -> deviceCode(req)))
                .post("/oauth/token", req -> answer(() -> token(req)))
                .get("/oauth/approve", this::approve)
                .post("/oauth/approve", this::approve);
    }

    /** An OAuth error: {@code {"error", "error_description"}}, not the auth service's or the Integration API's. */
    private static final class OAuthFailure extends RuntimeException {
        final int status;
        final String error;

        OAuthFailure(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    private interface Body {
        SbResponse get();
    }

    private static SbResponse answer(Body body) {
        try {
            return body.get();
        } catch (OAuthFailure f) {
            ObjectNode error = Json.object();
            error.put("error", f.error);
            error.put("error_description", f.getMessage());
            return SbResponse.json(f.status, error);
        }
    }

    private SbResponse deviceCode(SbRequest req) {
        Map<String, String> params = params(req);
        String clientId = client(params);
        String deviceCode = randomText(24);
        String userCode = userCode();
        Pending pending = new Pending(clientId, userCode, clock.instant().plusSeconds(DEVICE_CODE_SECONDS));
        if (autoApprove) {
            pending.approvedUserId = firstUser().id();
        }
        byDeviceCode.put(deviceCode, pending);
        deviceCodeByUserCode.put(userCode, deviceCode);
        ObjectNode body = Json.object();
        body.put("device_code", deviceCode);
        body.put("user_code", userCode);
        body.put("verification_uri", req.url("/oauth/approve"));
        body.put("verification_uri_complete", req.url("/oauth/approve?user_code=" + userCode));
        body.put("expires_in", DEVICE_CODE_SECONDS);
        body.put("interval", INTERVAL_SECONDS);
        return SbResponse.ok(body);
    }

    private SbResponse token(SbRequest req) {
        Map<String, String> params = params(req);
        String grant = params.getOrDefault("grant_type", "");
        String clientId = client(params);
        if (grant.equals(DEVICE_GRANT)) {
            return deviceToken(clientId, required(params, "device_code"));
        }
        if (grant.equals("refresh_token")) {
            return refreshToken(clientId, required(params, "refresh_token"));
        }
        throw new OAuthFailure(400, "unauthorized_client", "This client may use only the device and refresh grants.");
    }

    private SbResponse deviceToken(String clientId, String deviceCode) {
        Pending pending = byDeviceCode.get(deviceCode);
        if (pending == null || !pending.clientId.equals(clientId)) {
            throw new OAuthFailure(400, "invalid_grant", "Unknown or already used device code.");
        }
        Instant now = clock.instant();
        if (!now.isBefore(pending.expiresAt)) {
            forget(deviceCode, pending);
            throw new OAuthFailure(400, "expired_token", "The device code has expired.");
        }
        Instant last = pending.lastPoll;
        pending.lastPoll = now;
        if (pending.approvedUserId == null) {
            if (last != null && now.isBefore(last.plus(pending.interval))) {
                pending.interval = pending.interval.plusSeconds(5);
                throw new OAuthFailure(400, "slow_down", "Polling too fast: wait " + pending.interval.toSeconds()
                        + " seconds between requests.");
            }
            throw new OAuthFailure(400, "authorization_pending", "The user has not approved this device yet.");
        }
        forget(deviceCode, pending);
        return tokens(clientId, pending.approvedUserId, null);
    }

    private SbResponse refreshToken(String clientId, String refreshToken) {
        Refresh refresh = refreshTokens.get(refreshToken);
        if (refresh == null || !refresh.clientId().equals(clientId)) {
            throw new OAuthFailure(400, "invalid_grant", "Unknown, spent or revoked refresh token.");
        }
        if (clientId.equals(ROTATING_CLIENT)) {
            refreshTokens.remove(refreshToken);
            return tokens(clientId, refresh.userId(), null);
        }
        return tokens(clientId, refresh.userId(), refreshToken);
    }

    /** A new access token; a new refresh token unless {@code keep} (non-rotatable) is given. */
    private SbResponse tokens(String clientId, String userId, String keep) {
        IssuedToken access = tokens.issue(userId);
        String refreshToken = keep != null ? keep : randomText(32);
        refreshTokens.put(refreshToken, new Refresh(clientId, userId));
        ObjectNode body = Json.object();
        body.put("access_token", access.tokenValue());
        body.put("id_token", randomText(24));
        body.put("refresh_token", refreshToken);
        body.put("scope", SCOPE);
        body.put("expires_in", Math.max(1, Duration.between(clock.instant(), access.expiresAt()).toSeconds()));
        body.put("token_type", "Bearer");
        return SbResponse.ok(body);
    }

    /** What a browser shows at {@code verification_uri}, in place of Anaplan's login page: a form for the code. */
    private static final byte[] APPROVE_PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Sandbox device login</title></head>
            <body><h1>anaplan-shell sandbox</h1>
            <p>Enter the code the shell printed to approve its login as the sandbox's first user.</p>
            <form method="get" action="/oauth/approve">
            <label>Code <input name="user_code" autofocus></label> <button type="submit">Approve</button>
            </form></body></html>
            """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private SbResponse approve(SbRequest req) {
        String userCode = req.query("user_code");
        if (userCode == null || userCode.isBlank()) {
            // the shell prints verification_uri first: it must be a page, not a 404
            return SbResponse.raw("text/html; charset=utf-8", APPROVE_PAGE.length, out -> out.write(APPROVE_PAGE));
        }
        String deviceCode = userCode == null ? null : deviceCodeByUserCode.get(userCode.strip().toUpperCase(java.util.Locale.ROOT));
        Pending pending = deviceCode == null ? null : byDeviceCode.get(deviceCode);
        if (pending == null) {
            throw ApiException.notFound();
        }
        String email = req.query("user");
        SbUser user = email == null ? firstUser() : tenant.userByEmail(email).orElseThrow(ApiException::notFound);
        pending.approvedUserId = user.id();
        ObjectNode body = Json.object();
        body.put("status", "APPROVED");
        body.put("user_code", pending.userCode);
        body.put("user", user.email());
        return SbResponse.ok(body);
    }

    private void forget(String deviceCode, Pending pending) {
        byDeviceCode.remove(deviceCode);
        deviceCodeByUserCode.remove(pending.userCode);
    }

    private SbUser firstUser() {
        return tenant.firstUser().orElseThrow(() -> new IllegalStateException("the sandbox has no users"));
    }

    private static String client(Map<String, String> params) {
        String clientId = required(params, "client_id");
        if (!clientId.equals(ROTATING_CLIENT) && !clientId.equals(STATIC_CLIENT)) {
            throw new OAuthFailure(400, "unauthorized_client", "Unknown OAuth client.");
        }
        return clientId;
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new OAuthFailure(400, "invalid_request", "Missing parameter: " + name + ".");
        }
        return value;
    }

    /** JSON (as Anaplan's Postman and Anaplan Connect send) or form-encoded (as oauthlib sends); liberal either way. */
    private static Map<String, String> params(SbRequest req) {
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode json = Json.parse(req.body());
        if (json != null && json.isObject()) {
            json.properties().forEach(e -> params.put(e.getKey(), e.getValue().asString("")));
            return params;
        }
        String form = new String(req.body(), StandardCharsets.UTF_8);
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private String userCode() {
        String letters = "BCDFGHJKLMNPQRSTVWXZ";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(letters.charAt(random.nextInt(letters.length())));
        }
        return code.toString();
    }

    private String randomText(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
