package dev.anaplanshell.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Json;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;

import tools.jackson.databind.node.ObjectNode;

/** The authentication service: {@code /token/authenticate}, {@code refresh}, {@code validate}, {@code logout}. */
public final class AuthEndpoints {

    static final String BAD_HEADER = "FAILURE_BAD_HEADER";
    static final String BAD_CREDENTIAL = "FAILURE_BAD_CREDENTIAL";
    private static final String BAD_HEADER_MESSAGE = "Invalid header. Verify the header.";

    private final Tenant tenant;
    private final TokenStore tokens;
    private final CertificateAuth certificates;

    public AuthEndpoints(Tenant tenant, TokenStore tokens, CertificateAuth certificates) {
        this.tenant = tenant;
        this.tokens = tokens;
        this.certificates = certificates;
    }

    public void register(Router router) {
        router.post("/token/authenticate", this::authenticate)
                .post("/token/refresh", this::refresh)
                .get("/token/validate", this::validate)
                .post("/token/logout", this::logout);
    }

    private SbResponse authenticate(SbRequest req) {
        AuthHeader header = AuthHeader.parse(req.header("Authorization"));
        if (header == null || !(header.is("Basic") || header.is("CACertificate"))) {
            throw ApiException.auth(401, BAD_HEADER, BAD_HEADER_MESSAGE);
        }
        if (header.is("CACertificate")) {
            SbUser user = certificates.authenticate(header.credentials(), req.body());
            return SbResponse.json(201, tokenBody(req, tokens.issue(user.id()), "Login successful"));
        }
        String[] emailAndPassword = decodeBasic(header.credentials());
        SbUser user = tenant.userByEmail(emailAndPassword[0])
                .filter(u -> emailAndPassword[1].equals(u.password()))
                .orElseThrow(() -> ApiException.auth(401, BAD_CREDENTIAL, "Invalid credentials. Verify user name and password."));
        return SbResponse.json(201, tokenBody(req, tokens.issue(user.id()), "Login successful"));
    }

    private SbResponse refresh(SbRequest req) {
        String value = anaplanAuthToken(req, 400);
        IssuedToken token = tokens.refresh(value).orElseThrow(AuthEndpoints::invalidToken);
        return SbResponse.ok(tokenBody(req, token, "Token refreshed"));
    }

    private SbResponse validate(SbRequest req) {
        IssuedToken token = tokens.find(anaplanAuthToken(req, 400)).orElseThrow(AuthEndpoints::invalidToken);
        SbUser user = tenant.user(token.userId()).orElseThrow(AuthEndpoints::invalidToken);
        ObjectNode body = start(req, "Token validated");
        ObjectNode tokenInfo = body.putObject("tokenInfo");
        tokenInfo.put("expiresAt", token.expiresAt().toEpochMilli());
        tokenInfo.put("tokenId", token.tokenId());
        ObjectNode userInfo = body.putObject("userInfo");
        userInfo.put("userGuid", user.id());
        userInfo.put("userId", user.email());
        userInfo.put("customerGuid", user.customerId());
        return SbResponse.ok(body);
    }

    private SbResponse logout(SbRequest req) {
        if (!tokens.revoke(anaplanAuthToken(req, 401))) {
            throw invalidToken();
        }
        return SbResponse.noContent();
    }

    /** The token of an {@code AnaplanAuthToken} header; any other scheme (Bearer included) is a bad header. */
    private static String anaplanAuthToken(SbRequest req, int badHeaderStatus) {
        AuthHeader header = AuthHeader.parse(req.header("Authorization"));
        if (header == null || !header.is("AnaplanAuthToken")) {
            throw ApiException.auth(badHeaderStatus, BAD_HEADER, BAD_HEADER_MESSAGE);
        }
        return header.credentials();
    }

    private static String[] decodeBasic(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
            }
        } catch (IllegalArgumentException e) {
            // not Base64: falls through to the bad header
        }
        throw ApiException.auth(401, BAD_HEADER, BAD_HEADER_MESSAGE);
    }

    private static ApiException invalidToken() {
        return ApiException.auth(401, BAD_CREDENTIAL, "Token is invalid or has expired.");
    }

    private static ObjectNode tokenBody(SbRequest req, IssuedToken token, String message) {
        ObjectNode body = start(req, message);
        ObjectNode info = body.putObject("tokenInfo");
        info.put("tokenId", token.tokenId());
        info.put("tokenValue", token.tokenValue());
        info.put("expiresAt", token.expiresAt().toEpochMilli());
        info.put("refreshTokenId", token.refreshTokenId());
        return body;
    }

    private static ObjectNode start(SbRequest req, String message) {
        ObjectNode body = Json.object();
        body.putObject("meta").put("validationUrl", req.url("/token/validate"));
        body.put("status", "SUCCESS");
        body.put("statusMessage", message);
        return body;
    }
}
