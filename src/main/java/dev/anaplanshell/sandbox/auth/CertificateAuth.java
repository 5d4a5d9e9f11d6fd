package dev.anaplanshell.sandbox.auth;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.anaplanshell.core.Certificates;
import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Json;
import dev.anaplanshell.sandbox.tenant.Tenant;

import tools.jackson.databind.JsonNode;

/**
 * CA-certificate login (anaplan-api.md §2.2). The header carries Base64 of the certificate's PEM text (DER is
 * accepted too); the certificate must be one the sandbox trusts, valid now, and it logs in the user its subject
 * names. The body's signature must verify with the certificate's key (SHA512withRSA over the decoded bytes, at
 * least 100 of them); a v2 payload's 8-byte Unix-seconds prefix (milliseconds tolerated) must lie within
 * {@link #WINDOW} of the sandbox's clock, and a v2 payload is accepted once only. Every failure is a 401
 * {@code FAILURE_BAD_CREDENTIAL}, as on the real service; an undecodable header is a {@code FAILURE_BAD_HEADER}.
 */
public final class CertificateAuth {

    /** How far a v2 timestamp may be from the sandbox's clock, either way. */
    public static final Duration WINDOW = Duration.ofMinutes(5);
    static final int MIN_DATA_BYTES = 100;

    private final Map<String, String> userIdByCertificate = new ConcurrentHashMap<>();
    private final Map<String, Instant> usedV2Payloads = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Tenant tenant;

    public CertificateAuth(Tenant tenant, List<X509Certificate> trusted, Clock clock) {
        this.tenant = tenant;
        this.clock = clock;
        for (X509Certificate certificate : trusted) {
            SbUser user = tenant.userByEmail(Certificates.subjectUser(certificate)).orElseThrow(() -> new IllegalArgumentException(
                    "certificate " + certificate.getSubjectX500Principal() + " names no sandbox user"));
            userIdByCertificate.put(key(certificate), user.id());
        }
    }

    SbUser authenticate(String headerCredentials, byte[] body) {
        X509Certificate certificate = certificate(headerCredentials);
        String userId = userIdByCertificate.get(key(certificate));
        if (userId == null) {
            throw refused("Certificate is not registered for API authentication.");
        }
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateException e) {
            throw refused("Certificate has expired or is not yet valid.");
        }
        JsonNode json = Json.parse(body);
        byte[] data = base64(json, "encodedData");
        byte[] signature = base64(json, "encodedSignedData");
        if (data.length < MIN_DATA_BYTES) {
            throw refused("encodedData must hold at least " + MIN_DATA_BYTES + " bytes.");
        }
        if (!verifies(certificate, data, signature)) {
            throw refused("The signature does not match the certificate.");
        }
        if ("v2".equalsIgnoreCase(json.path("encodedDataFormat").asString(""))) {
            checkFresh(data, json.path("encodedSignedData").asString());
        }
        return tenant.user(userId).orElseThrow(() -> refused("Unknown user."));
    }

    private void checkFresh(byte[] data, String payloadKey) {
        long stamp = ByteBuffer.wrap(data, 0, 8).getLong();
        Instant at = stamp > 100_000_000_000L ? Instant.ofEpochMilli(stamp) : Instant.ofEpochSecond(stamp);
        Instant now = clock.instant();
        if (at.isBefore(now.minus(WINDOW)) || at.isAfter(now.plus(WINDOW))) {
            throw refused("The v2 payload's timestamp is outside the allowed window.");
        }
        usedV2Payloads.values().removeIf(t -> t.isBefore(now.minus(WINDOW.multipliedBy(2))));
        if (usedV2Payloads.putIfAbsent(payloadKey, now) != null) {
            throw refused("This v2 payload was used already.");
        }
    }

    private static boolean verifies(X509Certificate certificate, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA512withRSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static X509Certificate certificate(String headerCredentials) {
        try {
            byte[] decoded = Base64.getMimeDecoder().decode(headerCredentials.getBytes(StandardCharsets.US_ASCII));
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(decoded));
        } catch (IllegalArgumentException | CertificateException | ClassCastException e) {
            throw ApiException.auth(401, AuthEndpoints.BAD_HEADER, "Invalid header. Verify the header.");
        }
    }

    private static byte[] base64(JsonNode json, String field) {
        if (json == null || !json.path(field).isString()) {
            throw refused("The body needs encodedData and encodedSignedData.");
        }
        try {
            return Base64.getMimeDecoder().decode(json.path(field).asString());
        } catch (IllegalArgumentException e) {
            throw refused(field + " is not Base64.");
        }
    }

    private static String key(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("unreadable certificate", e);
        }
    }

    private static ApiException refused(String message) {
        return ApiException.auth(401, AuthEndpoints.BAD_CREDENTIAL, message);
    }
}
