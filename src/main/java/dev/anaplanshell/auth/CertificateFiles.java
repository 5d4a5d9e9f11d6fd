package dev.anaplanshell.auth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.function.Supplier;

import dev.anaplanshell.core.ShellException;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads a certificate and its private key: a PEM pair (PKCS#8 or PKCS#1 key, encrypted or not, through
 * BouncyCastle's PEM reader) or a PKCS#12/JKS keystore entry. Passwords are asked for only when a key is encrypted.
 */
public final class CertificateFiles {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private CertificateFiles() {
    }

    /**
     * @param keyPassword asked only when the key is encrypted; the array it returns is wiped after use
     */
    public static Credentials.Certificate pemPair(Path certFile, Path keyFile, Supplier<char[]> keyPassword,
            CertificateFormat format) {
        X509Certificate certificate = certificate(read(certFile), certFile);
        PrivateKey key = privateKey(keyFile, keyPassword);
        return checked(new Credentials.Certificate(certificate, pem(certificate), key, format));
    }

    /** An entry of a PKCS#12 or JKS keystore (the type is detected); the key password is the store's. */
    public static Credentials.Certificate keystore(Path storeFile, String alias, char[] storePassword,
            CertificateFormat format) {
        try {
            KeyStore store = KeyStore.getInstance(storeFile.toFile(), storePassword);
            if (!store.isKeyEntry(alias)) {
                throw ShellException.notFound("no key entry '" + alias + "' in " + storeFile + " (entries: "
                        + String.join(", ", Collections.list(store.aliases())) + ")");
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, storePassword);
            X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
            return checked(new Credentials.Certificate(certificate, pem(certificate), key, format));
        } catch (NoSuchFileException e) {
            throw ShellException.usage("keystore " + storeFile + " does not exist");
        } catch (IOException e) {
            throw e.getCause() instanceof java.security.UnrecoverableKeyException
                    ? ShellException.auth("cannot open keystore " + storeFile + ": wrong password")
                    : ShellException.usage("cannot read keystore " + storeFile + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw ShellException.auth("cannot open keystore " + storeFile + ": " + e.getMessage());
        } finally {
            java.util.Arrays.fill(storePassword, '\0');
        }
    }

    /** The certificate as PEM text, what the {@code CACertificate} header is the Base64 of. */
    static String pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateException e) {
            throw ShellException.usage("cannot encode the certificate: " + e.getMessage());
        }
    }

    private static X509Certificate certificate(byte[] bytes, Path file) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(bytes));
        } catch (CertificateException | ClassCastException e) {
            throw ShellException.usage(file + " is not an X.509 certificate (PEM or DER)");
        }
    }

    private static PrivateKey privateKey(Path keyFile, Supplier<char[]> password) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (Reader reader = Files.newBufferedReader(keyFile, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            Object object = parser.readObject();
            if (object instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (object instanceof PEMEncryptedKeyPair encrypted) {
                char[] pw = password.get();
                try {
                    return converter.getKeyPair(encrypted.decryptKeyPair(
                            new JcePEMDecryptorProviderBuilder().setProvider(BC).build(pw))).getPrivate();
                } finally {
                    java.util.Arrays.fill(pw, '\0');
                }
            }
            if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                char[] pw = password.get();
                try {
                    return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(
                            new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(pw)));
                } finally {
                    java.util.Arrays.fill(pw, '\0');
                }
            }
            throw ShellException.usage(keyFile + " holds no private key (PEM, PKCS#8 or PKCS#1)");
        } catch (NoSuchFileException e) {
            throw ShellException.usage("key file " + keyFile + " does not exist");
        } catch (PKCSException | OperatorCreationException | org.bouncycastle.openssl.EncryptionException e) {
            throw ShellException.auth("cannot decrypt the private key in " + keyFile + ": wrong password?");
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().contains("exception using cipher")
                    ? ShellException.auth("cannot decrypt the private key in " + keyFile + ": wrong password?")
                    : ShellException.usage("cannot read key file " + keyFile + ": " + e.getMessage());
        }
    }

    /** A key that does not belong to the certificate would only fail at the service: say so here. */
    private static Credentials.Certificate checked(Credentials.Certificate c) {
        try {
            byte[] probe = "anaplan-shell key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("SHA512withRSA");
            signer.initSign(c.key());
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA512withRSA");
            verifier.initVerify(c.certificate().getPublicKey());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw ShellException.usage("the private key does not belong to the certificate");
            }
            return c;
        } catch (GeneralSecurityException e) {
            throw ShellException.usage("cannot sign with this key (an RSA key is needed): " + e.getMessage());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ShellException.usage("certificate file " + file + " does not exist");
        } catch (IOException e) {
            throw ShellException.usage("cannot read " + file + ": " + e.getMessage());
        }
    }
}
