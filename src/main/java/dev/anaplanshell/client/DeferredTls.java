package dev.anaplanshell.client;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.function.Supplier;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A TLS context made when the first TLS connection needs it, not when the HTTP client is made. The JDK's client
 * makes its context in its constructor, and the JDK's default context reads the CA certificates and sets up its key
 * and trust managers: about a third of the first request's time in a short scripted run, spent even when the
 * session only ever speaks plain HTTP (the sandbox). Everything is delegated, unchanged, to the context that
 * {@code make} gives on first use ({@link SSLContext#getDefault()} in the shell: the same certificates, trust store
 * settings and protocols as before).
 */
final class DeferredTls extends SSLContext {

    private final Deferred spi;

    private DeferredTls(Deferred spi) {
        super(spi, null, "Default");
        this.spi = spi;
    }

    /** The JDK's default context, made on first use. */
    static DeferredTls jdkDefault() {
        return of(() -> {
            try {
                return SSLContext.getDefault();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("TLS is not available in this Java: " + e.getMessage(), e);
            }
        });
    }

    /** The context {@code make} gives, made on first use. */
    static DeferredTls of(Supplier<SSLContext> make) {
        return new DeferredTls(new Deferred(make));
    }

    /** Whether the context has been made, that is, whether TLS has been used. */
    boolean made() {
        return spi.made != null;
    }

    private static final class Deferred extends SSLContextSpi {
        private final Supplier<SSLContext> make;
        private volatile SSLContext made;

        Deferred(Supplier<SSLContext> make) {
            this.make = make;
        }

        private SSLContext context() {
            SSLContext context = made;
            if (context == null) {
                synchronized (this) {
                    context = made;
                    if (context == null) {
                        context = make.get();
                        made = context;
                    }
                }
            }
            return context;
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
            throw new UnsupportedOperationException("a deferred TLS context is initialised by its maker");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return context().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return context().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return context().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return context().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return context().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return context().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return context().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return context().getSupportedSSLParameters();
        }
    }
}
