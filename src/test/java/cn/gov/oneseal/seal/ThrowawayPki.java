package cn.gov.oneseal.seal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import javax.imageio.ImageIO;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway CA for the tests, made with Bouncy Castle: a bureau's seal certificate (RSA 2048, issued by the CA) with
 * a red round seal image, and a time-stamp authority's certificate.
 */
final class ThrowawayPki {

  private static final long DAY = 24L * 3600 * 1000;
  private static final SecureRandom RANDOM = new SecureRandom();

  final KeyPair caKeys = keys();
  final X509Certificate ca;

  ThrowawayPki(String caName) {
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder = builder(new X500Name("CN=" + caName + ",O=OneSeal Test,C=CN"),
          new X500Name("CN=" + caName + ",O=OneSeal Test,C=CN"), caKeys.getPublic())
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
          .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
          .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(caKeys.getPublic()));
      ca = certificate(builder, caKeys.getPrivate());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A bureau's seal: key and certificate issued by this CA, chain seal certificate → CA, image a red round seal. */
  BureauSeal seal(String bureauId, String bureauName) {
    KeyPair keys = keys();
    X509Certificate certificate = issue("CN=" + bureauName + "（行政审批专用章）,O=" + bureauName + ",C=CN",
        keys.getPublic(), new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null);
    return new BureauSeal(bureauId, bureauName, keys.getPrivate(), List.of(certificate, ca), null, List.of(),
        image(), true);
  }

  /** A time-stamp authority's key and certificate (critical EKU id-kp-timeStamping, RFC 3161 §2.3). */
  KeyPair timeStampKeys = keys();

  X509Certificate timeStampCertificate() {
    return issue("CN=OneSeal Test TSA,O=OneSeal Test,C=CN", timeStampKeys.getPublic(),
        new KeyUsage(KeyUsage.digitalSignature), new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
  }

  String caPem() {
    try {
      return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(
          ca.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private X509Certificate issue(String subject, PublicKey key, KeyUsage usage, ExtendedKeyUsage extended) {
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder = builder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
          new X500Name(subject), key)
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
          .addExtension(Extension.keyUsage, true, usage)
          .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key))
          .addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(ca));
      if (extended != null) {
        builder.addExtension(Extension.extendedKeyUsage, true, extended);
      }
      return certificate(builder, caKeys.getPrivate());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key) {
    long now = System.currentTimeMillis();
    return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
        new Date(now - DAY), new Date(now + 365 * DAY), subject, key);
  }

  private static X509Certificate certificate(X509v3CertificateBuilder builder, PrivateKey signer) throws Exception {
    return new JcaX509CertificateConverter().getCertificate(builder.build(
        new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, RANDOM);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A red ring with a star, transparent background, 300 x 300 px (about the real seal image's size). */
  static byte[] image() {
    BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(220, 0, 0));
    g.setStroke(new BasicStroke(14));
    g.drawOval(10, 10, 280, 280);
    g.fillPolygon(new int[] {150, 172, 230, 184, 200, 150, 100, 116, 70, 128},
        new int[] {90, 130, 130, 158, 215, 182, 215, 158, 130, 130}, 10);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
