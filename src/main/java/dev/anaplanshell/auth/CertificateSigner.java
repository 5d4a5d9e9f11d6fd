package dev.anaplanshell.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

import dev.anaplanshell.client.model.CertificateLogin;
import dev.anaplanshell.core.ShellException;

/**
 * Builds the body and header of a certificate login, as anaplan-api.md §2.2 says: {@code encodedData} is Base64 of
 * at least 100 bytes (v2: the time as 8-byte big-endian Unix seconds, then random bytes; v1: random bytes only),
 * {@code encodedSignedData} Base64 of their SHA512withRSA signature, the header Base64 of the certificate's PEM text.
 */
public final class CertificateSigner {

    /** Random bytes after the v2 timestamp: 8 + 142 = 150 bytes in all, as Anaplan Connect sends. */
    static final int RANDOM_BYTES = 142;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateSigner() {
    }

    public static String header(Credentials.Certificate c) {
        return Base64.getEncoder().encodeToString(c.pem().getBytes(StandardCharsets.US_ASCII));
    }

    public static CertificateLogin body(Credentials.Certificate c, Instant now) {
        byte[] data = data(c.format(), now);
        return new CertificateLogin(c.format() == CertificateFormat.V2 ? "v2" : null,
                Base64.getEncoder().encodeToString(data), Base64.getEncoder().encodeToString(sign(c.key(), data)));
    }

    static byte[] data(CertificateFormat format, Instant now) {
        byte[] random = new byte[format == CertificateFormat.V2 ? RANDOM_BYTES : RANDOM_BYTES + 8];
        RANDOM.nextBytes(random);
        if (format == CertificateFormat.V1) {
            return random;
        }
        return ByteBuffer.allocate(8 + random.length).putLong(now.getEpochSecond()).put(random).array();
    }

    private static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA512withRSA");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw ShellException.usage("cannot sign with this key: " + e.getMessage());
        }
    }
}
