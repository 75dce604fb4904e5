package cn.gov.oneseal.seal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.imageio.ImageIO;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway SM2 CA and an SM2 seal certificate it issues (curve sm2p256v1, SM3withSM2), made with Bouncy Castle
 * for the tests, and a bureau seal using them with a plain red ring as its image.
 */
final class TestSm2Seal {

  static final BouncyCastleProvider BC = new BouncyCastleProvider();

  final KeyPair caKeys;
  final X509Certificate ca;
  final KeyPair sealKeys;
  final X509Certificate certificate;

  TestSm2Seal(String bureauName) throws Exception {
    caKeys = keyPair();
    ca = certificate(new X500Name("CN=测试 SM2 根证书, O=OneSeal 测试, C=CN"), caKeys.getPublic(),
        new X500Name("CN=测试 SM2 根证书, O=OneSeal 测试, C=CN"), caKeys.getPrivate(), true);
    sealKeys = keyPair();
    certificate = certificate(new X500Name("CN=" + bureauName + " 电子印章, O=" + bureauName + ", C=CN"),
        sealKeys.getPublic(), X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), caKeys.getPrivate(), false);
  }

  BureauSeal bureauSeal(String bureauId, String bureauName) throws IOException {
    return new BureauSeal(bureauId, bureauName, null, List.of(), sealKeys.getPrivate(), List.of(certificate, ca),
        ringImage(), true);
  }

  private static KeyPair keyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
    generator.initialize(new ECGenParameterSpec("sm2p256v1"));
    return generator.generateKeyPair();
  }

  private static X509Certificate certificate(X500Name subject, PublicKey key, X500Name issuer, PrivateKey issuerKey,
      boolean authority) throws Exception {
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
        BigInteger.valueOf(now.toEpochMilli()).shiftLeft(8).add(BigInteger.valueOf(authority ? 1 : 2)),
        Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(365))), subject, key);
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
        ? KeyUsage.keyCertSign | KeyUsage.cRLSign
        : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    return new JcaX509CertificateConverter().setProvider(BC)
        .getCertificate(builder.build(new JcaContentSignerBuilder("SM3withSM2").setProvider(BC).build(issuerKey)));
  }

  private static byte[] ringImage() throws IOException {
    BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0xD0, 0x10, 0x10));
    g.setStroke(new BasicStroke(8));
    g.drawOval(8, 8, 184, 184);
    g.fillPolygon(new int[] {100, 112, 145, 118, 128, 100, 72, 82, 55, 88}, new int[] {55, 88, 88, 108, 140, 120, 140,
        108, 88, 88}, 10);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
