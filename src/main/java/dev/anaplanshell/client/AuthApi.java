package dev.anaplanshell.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import dev.anaplanshell.client.model.AuthResponse;
import dev.anaplanshell.client.model.CertificateLogin;
import dev.anaplanshell.client.model.TokenGrant;
import dev.anaplanshell.client.model.TokenInfo;
import tools.jackson.databind.JsonNode;

/** The authentication service: {@code /token/authenticate}, {@code /refresh}, {@code /validate}, {@code /logout}. */
public final class AuthApi {

    private final Transport transport;

    AuthApi(Transport transport) {
        this.transport = transport;
    }

    /**
     * {@code POST /token/authenticate} with Basic credentials.
     *
     * Retried like a GET: a repeat only issues another token, and the first one simply expires unused.
     *
     * @throws AnaplanApiException.Unauthorized for a wrong user or password (401 FAILURE_BAD_CREDENTIAL)
     */
    public TokenGrant authenticateBasic(String user, char[] password) {
        String pair = user + ":" + new String(password);
        String header = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        return grant(transport.auth("POST", "/token/authenticate", header, RetryPolicy.Idempotency.IDEMPOTENT),
                "/token/authenticate");
    }

    /**
     * {@code POST /token/authenticate} with {@code Authorization: CACertificate {base64 of the PEM text}} and the
     * signed random bytes as the body.
     *
     * @throws AnaplanApiException.Unauthorized for an unregistered certificate or a bad signature (401)
     */
    public TokenGrant authenticateCertificate(String certificatePemBase64, CertificateLogin body) {
        return grant(transport.auth("POST", "/token/authenticate", "CACertificate " + certificatePemBase64,
                transport.json().writeValueAsString(body), RetryPolicy.Idempotency.NOT_IDEMPOTENT),
                "/token/authenticate");
    }

    /**
     * {@code POST /token/refresh}: the same token with a later expiry. 401 when it has already expired. Retried
     * like a GET: refreshing twice only moves the expiry twice.
     */
    public TokenGrant refresh(String token) {
        return grant(transport.auth("POST", "/token/refresh", "AnaplanAuthToken " + token,
                RetryPolicy.Idempotency.IDEMPOTENT), "/token/refresh");
    }

    /**
     * The token of a login or refresh answer, with the answer's {@code Date}: the service's clock, against which it
     * expires. An answer without a token is an unexpected answer, not a null.
     */
    private TokenGrant grant(JsonNode answer, String path) {
        TokenInfo info = transport.convert(answer, AuthResponse.class).tokenInfo();
        if (info == null || info.tokenValue() == null || info.tokenValue().isBlank()) {
            throw transport.unexpectedAnswer("POST " + path, "no tokenInfo with a token");
        }
        return new TokenGrant(info, serverTime(transport.lastAuthDate()));
    }

    static Instant serverTime(String dateHeader) {
        if (dateHeader == null || dateHeader.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(dateHeader.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code POST /token/logout}: the token is dead afterwards. Not retried after it may have arrived (a repeat would be a 401). */
    public void logout(String token) {
        transport.auth("POST", "/token/logout", "AnaplanAuthToken " + token);
    }
}
