package cn.gov.oneseal.support;

import cn.gov.oneseal.seal.BureauSeal;
import cn.gov.oneseal.seal.Seals;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A throwaway {@link Seals} for tests on a branch without the real seal keys: one CA made at start (RSA 2048, in
 * memory) and one seal certificate it issues, the same for every bureau; certificates are revoked by the test
 * ({@link Throwaway#revoke}). Imported by the verification tests only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSeals {

  @Bean
  @Primary
  public Throwaway testSeals() throws Exception {
    return new Throwaway();
  }

  /** The throwaway seals: a CA, one seal certificate and its key. */
  public static final class Throwaway implements Seals {
    private final KeyPair caKeys = keys();
    private final X509Certificate ca = certificate("CN=测试印章CA,O=OneSeal 测试", caKeys.getPublic(), "CN=测试印章CA,O=OneSeal 测试",
        caKeys.getPrivate(), true);
    private final KeyPair sealKeys = keys();
    private final X509Certificate seal = certificate("CN=某市行政审批服务局（测试）,O=某市行政审批服务局", sealKeys.getPublic(),
        "CN=测试印章CA,O=OneSeal 测试", caKeys.getPrivate(), false);
    private final Set<X509Certificate> revoked = ConcurrentHashMap.newKeySet();

    Throwaway() throws Exception {}

    @Override
    public BureauSeal current(String bureauId) {
      return new BureauSeal(bureauId, "某市行政审批服务局", sealKeys.getPrivate(), List.of(seal, ca), null, List.of(),
          new byte[0], true);
    }

    @Override
    public List<X509Certificate> knownCertificates() {
      return List.of(seal);
    }

    @Override
    public List<X509Certificate> authorities() {
      return List.of(ca);
    }

    @Override
    public boolean revoked(X509Certificate certificate) {
      return revoked.contains(certificate);
    }

    public void revoke(X509Certificate certificate) {
      revoked.add(certificate);
    }

    public void reinstate(X509Certificate certificate) {
      revoked.remove(certificate);
    }

    /** A key pair and a self-signed certificate no bureau CA issued (a forger's). */
    public static Object[] foreign() throws Exception {
      KeyPair keys = keys();
      return new Object[] {keys.getPrivate(),
          certificate("CN=某市行政审批服务局,O=伪造", keys.getPublic(), "CN=某市行政审批服务局,O=伪造", keys.getPrivate(), false)};
    }

    private static KeyPair keys() throws Exception {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, PublicKey key, String issuer, PrivateKey issuerKey,
        boolean ca) throws Exception {
      long now = System.currentTimeMillis();
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
          BigInteger.valueOf(now).add(BigInteger.valueOf(System.nanoTime() & 0xffff)), new Date(now - 86_400_000L),
          new Date(now + 3650L * 86_400_000L), new X500Name(subject), key);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
          : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      return new JcaX509CertificateConverter().getCertificate(
          builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }
  }
}
