package dev.anaplanshell.sandbox;

import static dev.anaplanshell.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import dev.anaplanshell.support.TestCertificates;
import dev.anaplanshell.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CA-certificate login on the sandbox, over plain HTTP: what it accepts and how it refuses. */
class CertificateAuthTest {

    private static final TestCertificates.Pair TRUSTED = TestCertificates.selfSigned(Fixtures.EMAIL);
    private static final TestCertificates.Pair STRANGER = TestCertificates.selfSigned(Fixtures.EMAIL);

    private final TestClock clock = new TestClock();
    private final SecureRandom random = new SecureRandom();
    private AnaplanSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() throws IOException {
        sandbox = AnaplanSandbox.start(SandboxOptions.builder().clock(clock)
                .certificate(TRUSTED.certificate()).build(), Fixtures.smallTenant());
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void should_log_in_the_user_the_certificate_names_with_a_v2_payload() {
        HttpResponse<String> response = login(header(TRUSTED), v2Body(TRUSTED.keys().getPrivate(), clock.instant()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).path("statusMessage").asString()).isEqualTo("Login successful");
        String token = json(response).path("tokenInfo").path("tokenValue").asString();
        assertThat(json(http.get("/token/validate", "AnaplanAuthToken " + token)).path("userInfo").path("userId")
                .asString()).isEqualTo(Fixtures.EMAIL);
    }

    @Test
    void should_accept_a_v1_payload_and_a_der_header() {
        byte[] data = bytes(150);
        String body = body(null, data, sign(TRUSTED.keys().getPrivate(), data));
        String der = Base64.getEncoder().encodeToString(encoded(TRUSTED));

        assertThat(login(header(TRUSTED), body).statusCode()).isEqualTo(201);
        assertThat(login(der, body(null, data, sign(TRUSTED.keys().getPrivate(), data))).statusCode()).isEqualTo(201);
    }

    @Test
    void should_refuse_a_certificate_it_does_not_trust() {
        assertRefused(login(header(STRANGER), v2Body(STRANGER.keys().getPrivate(), clock.instant())));
    }

    @Test
    void should_refuse_a_signature_made_with_another_key() {
        assertRefused(login(header(TRUSTED), v2Body(STRANGER.keys().getPrivate(), clock.instant())));
    }

    @Test
    void should_refuse_a_v2_timestamp_outside_the_window_and_a_replayed_v2_payload() {
        PrivateKey key = TRUSTED.keys().getPrivate();
        assertRefused(login(header(TRUSTED), v2Body(key, clock.instant().minus(Duration.ofMinutes(6)))));
        assertRefused(login(header(TRUSTED), v2Body(key, clock.instant().plus(Duration.ofMinutes(6)))));

        String body = v2Body(key, clock.instant());
        assertThat(login(header(TRUSTED), body).statusCode()).isEqualTo(201);
        assertRefused(login(header(TRUSTED), body));
    }

    @Test
    void should_accept_a_v2_timestamp_in_milliseconds_within_the_window() {
        byte[] data = ByteBuffer.allocate(100).putLong(clock.instant().minusSeconds(30).toEpochMilli())
                .put(bytes(92)).array();
        assertThat(login(header(TRUSTED), body("v2", data, sign(TRUSTED.keys().getPrivate(), data))).statusCode())
                .isEqualTo(201);
    }

    @Test
    void should_refuse_fewer_than_100_bytes_and_a_missing_body() {
        byte[] data = bytes(99);
        assertRefused(login(header(TRUSTED), body(null, data, sign(TRUSTED.keys().getPrivate(), data))));
        assertRefused(login(header(TRUSTED), ""));
    }

    @Test
    void should_refuse_once_the_certificate_has_expired() {
        clock.advance(Duration.ofDays(3));
        assertRefused(login(header(TRUSTED), v2Body(TRUSTED.keys().getPrivate(), clock.instant())));
    }

    @Test
    void should_answer_bad_header_for_something_that_is_not_a_certificate() {
        HttpResponse<String> response = login("bm90IGEgY2VydGlmaWNhdGU=", v2Body(TRUSTED.keys().getPrivate(), clock.instant()));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("status").asString()).isEqualTo("FAILURE_BAD_HEADER");
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(json(response).path("status").asString()).isEqualTo("FAILURE_BAD_CREDENTIAL");
        assertThat(json(response).path("statusMessage").asString()).isNotBlank();
    }

    private HttpResponse<String> login(String certificateHeader, String body) {
        return http.send("POST", "/token/authenticate", "CACertificate " + certificateHeader, "application/json", body);
    }

    static String header(TestCertificates.Pair pair) {
        return Base64.getEncoder().encodeToString(TestCertificates.pem(pair.certificate()).getBytes(StandardCharsets.US_ASCII));
    }

    private String v2Body(PrivateKey key, Instant at) {
        byte[] data = ByteBuffer.allocate(100).putLong(at.getEpochSecond()).put(bytes(92)).array();
        return body("v2", data, sign(key, data));
    }

    static String body(String format, byte[] data, byte[] signature) {
        Base64.Encoder b64 = Base64.getEncoder();
        return (format == null ? "{" : "{\"encodedDataFormat\":\"" + format + "\",") + "\"encodedData\":\""
                + b64.encodeToString(data) + "\",\"encodedSignedData\":\"" + b64.encodeToString(signature) + "\"}";
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA512withRSA");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] encoded(TestCertificates.Pair pair) {
        try {
            return pair.certificate().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
