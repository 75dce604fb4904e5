package cn.gov.oneseal.seal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo profile's certification authority: a root CA for the PDF seals (RSA 3072, SHA256withRSA, 10 years) and
 * one for the SM2 seals (curve sm2p256v1, SM3withSM2), and the bureaus' seal certificates they issue (RSA 2048 or
 * SM2, 3 years, for digital signatures and non-repudiation). Every name says 演示: a demo seal proves nothing.
 */
final class DemoAuthority {

  static final String DEMO = "（演示）";
  static final String SM2_CURVE = "sm2p256v1";
  static final String SM2_SIGNATURE = "SM3withSM2";
  static final String RSA_SIGNATURE = "SHA256withRSA";
  private static final Duration CA_VALIDITY = Duration.ofDays(3653);
  private static final Duration SEAL_VALIDITY = Duration.ofDays(1096);
  /** Certificates are valid from a day back, so that a clock a little behind does not find them not yet valid. */
  private static final Duration BACKDATED = Duration.ofDays(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A key and the certificate for it. */
  record Issued(PrivateKey key, X509Certificate certificate) {}

  private DemoAuthority() {}

  /** The demo root CA of the city's bureaus: RSA ({@code sm2} false) or SM2. */
  static Issued rootCa(String cityBureauName, boolean sm2) throws GeneralSecurityException {
    KeyPair pair = sm2 ? sm2KeyPair() : rsaKeyPair(3072);
    X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
        .addRDN(BCStyle.O, cityBureauName)
        .addRDN(BCStyle.CN, cityBureauName + "电子印章演示" + (sm2 ? "SM2 CA" : "CA") + DEMO).build();
    Instant now = Instant.now();
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), from(now),
        Date.from(now.plus(CA_VALIDITY)), name, pair.getPublic());
    try {
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
          .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
          .addExtension(Extension.subjectKeyIdentifier, false,
              extensions.createSubjectKeyIdentifier(pair.getPublic()));
    } catch (CertIOException e) {
      throw new GeneralSecurityException(e);
    }
    return new Issued(pair.getPrivate(), sign(builder, pair.getPrivate(), sm2));
  }

  /** A bureau's demo seal certificate, issued by the CA of its kind (RSA for PDF, SM2 for OFD). */
  static Issued seal(Issued ca, String bureauName, boolean sm2) throws GeneralSecurityException {
    KeyPair pair = sm2 ? sm2KeyPair() : rsaKeyPair(2048);
    X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
        .addRDN(BCStyle.O, bureauName).addRDN(BCStyle.CN, bureauName + "行政审批专用章" + DEMO).build();
    Instant now = Instant.now();
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), serial(), from(now),
        Date.from(now.plus(SEAL_VALIDITY)), subject, pair.getPublic());
    try {
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
          .addExtension(Extension.keyUsage, true,
              new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
          .addExtension(Extension.subjectKeyIdentifier, false,
              extensions.createSubjectKeyIdentifier(pair.getPublic()))
          .addExtension(Extension.authorityKeyIdentifier, false,
              extensions.createAuthorityKeyIdentifier(ca.certificate()));
    } catch (CertIOException e) {
      throw new GeneralSecurityException(e);
    }
    return new Issued(pair.getPrivate(), sign(builder, ca.key(), sm2));
  }

  static KeyPair sm2KeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Certificates.bouncyCastle());
    generator.initialize(new ECGenParameterSpec(SM2_CURVE), RANDOM);
    return generator.generateKeyPair();
  }

  static KeyPair rsaKeyPair(int bits) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(bits, RANDOM);
    return generator.generateKeyPair();
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key, boolean sm2)
      throws GeneralSecurityException {
    try {
      var signer = new JcaContentSignerBuilder(sm2 ? SM2_SIGNATURE : RSA_SIGNATURE)
          .setProvider(Certificates.bouncyCastle()).build(key);
      return new JcaX509CertificateConverter().setProvider(Certificates.bouncyCastle())
          .getCertificate(builder.build(signer));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }

  /** A random positive serial number of 127 bits (RFC 5280: at most 20 octets, unpredictable). */
  private static BigInteger serial() {
    return new BigInteger(127, RANDOM).setBit(126);
  }

  private static Date from(Instant now) {
    return Date.from(now.minus(BACKDATED).atOffset(ZoneOffset.UTC).toInstant());
  }
}
