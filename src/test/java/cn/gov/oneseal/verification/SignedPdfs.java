package cn.gov.oneseal.verification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** PDFs for the tests: one made with PDFBox, and a PDF signed (CMS, detached) with a given key and chain. */
final class SignedPdfs {

  private static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();

  private SignedPdfs() {}

  static byte[] plain(String text) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  static byte[] signed(byte[] pdf, PrivateKey key, List<X509Certificate> chain) throws IOException {
    return signed(pdf, key, chain, Calendar.getInstance());
  }

  /** Signed with the signing time the signature claims. */
  static byte[] signed(byte[] pdf, PrivateKey key, List<X509Certificate> chain, Calendar signingTime)
      throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setSignDate(signingTime);
      document.addSignature(signature, content -> {
        try {
          CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
          generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
              new JcaDigestCalculatorProviderBuilder().build())
              .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), chain.get(0)));
          generator.addCertificates(new JcaCertStore(chain));
          return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (Exception e) {
          throw new IOException(e);
        }
      });
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  /** A key pair and a self-signed certificate no bureau CA issued (a forger's): {key, certificate}. */
  static Object[] foreign() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return foreign(generator.generateKeyPair(), "SHA256withRSA");
  }

  /** The same with an SM2 key, as an OFD seal's: {key, certificate}. */
  static Object[] foreignSm2() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
    generator.initialize(new java.security.spec.ECGenParameterSpec("sm2p256v1"));
    return foreign(generator.generateKeyPair(), "SM3withSM2");
  }

  private static Object[] foreign(KeyPair keys, String algorithm) throws Exception {
    long now = System.currentTimeMillis();
    X500Name name = new X500Name("CN=某市行政审批服务局,O=伪造");
    JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now),
        new Date(now - 86_400_000L), new Date(now + 3650L * 86_400_000L), name, keys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    return new Object[] {keys.getPrivate(), new JcaX509CertificateConverter().setProvider(BC).getCertificate(
        builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(keys.getPrivate())))};
  }
}
