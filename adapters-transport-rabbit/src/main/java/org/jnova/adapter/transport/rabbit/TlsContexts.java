package org.jnova.adapter.transport.rabbit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the TLS context for {@code ssl=true} the way oslo configures kombu: the broker is verified only
 * when {@code ssl_ca_file} is set; a client certificate is used when {@code ssl_cert_file} and
 * {@code ssl_key_file} (PKCS#8 PEM) are set.
 */
final class TlsContexts {
    private TlsContexts() {
    }

    static SSLContext create(RabbitSettings s) {
        try {
            SSLContext ctx = SSLContext.getInstance(protocol(s.sslVersion()));
            ctx.init(keyManagers(s), trustManagers(s), null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("[oslo_messaging_rabbit] TLS settings are unusable: " + e.getMessage(), e);
        }
    }

    /** oslo spells versions like Python's ssl module (TLSv1_2); Java wants TLSv1.2. */
    static String protocol(String sslVersion) {
        if (sslVersion == null || sslVersion.isBlank()) {
            return "TLS";
        }
        String v = sslVersion.trim().replace('_', '.');
        if (!v.matches("TLSv1(\\.[0-3])?")) {
            throw new IllegalArgumentException("[oslo_messaging_rabbit] ssl_version '" + sslVersion
                    + "' is not one of TLSv1, TLSv1_1, TLSv1_2, TLSv1_3");
        }
        return v;
    }

    private static javax.net.ssl.KeyManager[] keyManagers(RabbitSettings s)
            throws GeneralSecurityException, IOException {
        if (s.sslCertFile().isBlank() && s.sslKeyFile().isBlank()) {
            return null;
        }
        if (s.sslCertFile().isBlank() || s.sslKeyFile().isBlank()) {
            throw new IllegalArgumentException("ssl_cert_file and ssl_key_file must be set together");
        }
        String pem = Files.readString(Path.of(s.sslKeyFile()));
        if (!pem.contains("BEGIN PRIVATE KEY")) {
            throw new IllegalArgumentException("ssl_key_file " + s.sslKeyFile()
                    + " is not a PKCS#8 PEM key (convert with: openssl pkcs8 -topk8 -nocrypt)");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = privateKey(der);
        List<Certificate> chain = certificates(Path.of(s.sslCertFile()));
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        ks.setKeyEntry("client", key, new char[0], chain.toArray(new Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, new char[0]);
        return kmf.getKeyManagers();
    }

    private static PrivateKey privateKey(byte[] der) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String alg : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    private static TrustManager[] trustManagers(RabbitSettings s) throws GeneralSecurityException, IOException {
        if (s.sslCaFile().isBlank()) {
            return new TrustManager[] {new TrustEverything()};
        }
        KeyStore ts = KeyStore.getInstance(KeyStore.getDefaultType());
        ts.load(null, null);
        int n = 0;
        for (Certificate c : certificates(Path.of(s.sslCaFile()))) {
            ts.setCertificateEntry("ca" + n++, c);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);
        return tmf.getTrustManagers();
    }

    private static List<Certificate> certificates(Path pem) throws GeneralSecurityException, IOException {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new IllegalArgumentException(pem + " holds no PEM certificate");
            }
            return new ArrayList<>(certs);
        }
    }

    /** oslo with ssl=True and no ssl_ca_file does not verify the broker; neither do we. */
    private static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // accepted: no CA configured
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // accepted: no CA configured
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
