package dev.anaplanshell.support;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed RSA certificates made in the test, for the user an e-mail names (no external tools). */
public final class TestCertificates {

    private static final char[] KEYSTORE_PASSWORD = "test-only".toCharArray();

    /** A certificate and its key. */
    public record Pair(X509Certificate certificate, KeyPair keys) {

        /** Writes {@code NAME.crt.pem} and {@code NAME.key.pem} (PKCS#8, unencrypted) into {@code dir}. */
        public Path[] write(Path dir, String name) throws IOException {
            Path cert = dir.resolve(name + ".crt.pem");
            Path key = dir.resolve(name + ".key.pem");
            Files.writeString(cert, pem(certificate));
            Files.writeString(key, pem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(keys.getPrivate(), null)
                    .generate()));
            return new Path[] {cert, key};
        }
    }

    private TestCertificates() {
    }

    public static Pair selfSigned(String email) {
        return selfSigned(email, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(2)));
    }

    public static Pair selfSigned(String email, Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "Test User")
                    .addRDN(BCStyle.EmailAddress, email).build();
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
                    Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new Pair(certificate, keys);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed certificate for a TLS server at the IP address {@code ip} (named in its alternative names). */
    public static Pair server(String ip) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, ip).build();
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
                    Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(2))),
                    name, keys.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.iPAddress, ip)));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new Pair(certificate, keys);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TLS context for a server with {@code certificate}. */
    public static SSLContext serverContext(Pair certificate) throws GeneralSecurityException,
            IOException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", certificate.keys().getPrivate(), KEYSTORE_PASSWORD,
                new Certificate[] {certificate.certificate()});
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, KEYSTORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    public static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
