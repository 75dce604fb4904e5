package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.notice.PdfWriter;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bureau's seal on a notice, checked by verifiers the project did not write: poppler's pdfsig (with an NSS
 * database trusting only the test CA) for the signature, pdftoppm for the seal's image on the page, Bouncy Castle for
 * the PAdES structure of the CMS.
 */
@Tag("verifier")
class PadesSignerTest {

  static final String BUREAU = "营口市行政审批局";
  static final Date SIGNED_AT = new Date(1_796_000_000_000L);
  static ThrowawayPki pki;
  static BureauSeal seal;
  static PdfWriter writer = new PdfWriter();

  @TempDir
  Path dir;
  Pdfsig pdfsig;

  @BeforeAll
  static void pki() {
    pki = new ThrowawayPki("OneSeal Test CA " + System.nanoTime());
    seal = pki.seal("city", BUREAU);
  }

  @BeforeEach
  void verifier() throws Exception {
    Pdfsig.require();
    pdfsig = Pdfsig.trusting(dir, pki.caPem());
  }

  static PdfWriter.Written notice() {
    return writer.layOut("受理通知书", List.of("申请人：营口味道餐饮有限公司：",
        "你单位于2026年12月1日提出的食品经营许可申请，材料齐全、符合法定形式，经审查，决定予以受理。",
        "本机关将在法定期限内作出决定。"), List.of(BUREAU + "（行政审批专用章）", "2026年12月6日",
        "办件编号：SP2026120600001"));
  }

  Path save(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void aSealedNoticeIsValidAndTrustedWithTheBureausCertificate() throws Exception {
    PdfWriter.Written notice = notice();
    byte[] signed = new PadesSigner().sign(notice.pdf(), seal, notice.seal(), "受理通知书", SIGNED_AT);

    assertThat(Arrays.copyOf(signed, notice.pdf().length)).as("an incremental update: the notice's bytes stay")
        .isEqualTo(notice.pdf());
    String report = pdfsig.verify(save("signed.pdf", signed));
    assertThat(report).contains("Signature is Valid.", "Certificate is Trusted.",
        "Signer Certificate Common Name: " + BUREAU + "（行政审批专用章）", "ETSI.CAdES.detached",
        "Total document signed");
  }

  @Test
  void withoutTheCaTrustedTheSignatureIsStillIntactButTheCertificateIsNotTrusted() throws Exception {
    PdfWriter.Written notice = notice();
    byte[] signed = new PadesSigner().sign(notice.pdf(), seal, notice.seal(), "受理通知书", SIGNED_AT);
    Pdfsig stranger = Pdfsig.trusting(Files.createDirectories(dir.resolve("other")),
        new ThrowawayPki("Some Other CA").caPem());

    String report = stranger.verify(save("signed.pdf", signed));
    assertThat(report).contains("Signature is Valid.").doesNotContain("Certificate is Trusted.");
  }

  @Test
  void oneByteChangedInTheSignedRangeMakesTheSignatureInvalid() throws Exception {
    PdfWriter.Written notice = notice();
    byte[] signed = new PadesSigner().sign(notice.pdf(), seal, notice.seal(), "受理通知书", SIGNED_AT);
    byte[] altered = signed.clone();
    int middle = notice.pdf().length / 2;
    altered[middle] ^= 0x01;

    String report = pdfsig.verify(save("altered.pdf", altered));
    assertThat(report).doesNotContain("Signature is Valid.").containsAnyOf("Digest Mismatch", "Signature is Invalid");
  }

  @Test
  void aTruncatedFileIsNotValid() throws Exception {
    PdfWriter.Written notice = notice();
    byte[] signed = new PadesSigner().sign(notice.pdf(), seal, notice.seal(), "受理通知书", SIGNED_AT);

    String report = Pdfsig.run(List.of("pdfsig", save("truncated.pdf", Arrays.copyOf(signed, signed.length - 200))
        .toString()), false);
    assertThat(report).doesNotContain("Signature is Valid.");
  }

  @Test
  void theCmsIsPadesBaselineB() throws Exception {
    PdfWriter.Written notice = notice();
    byte[] signed = new PadesSigner().sign(notice.pdf(), seal, notice.seal(), "受理通知书", SIGNED_AT);

    try (PDDocument document = Loader.loadPDF(signed)) {
      PDSignature signature = document.getLastSignatureDictionary();
      assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
      assertThat(signature.getSignDate().getTime()).isEqualTo(SIGNED_AT);
      assertThat(signature.getReason()).isEqualTo("受理通知书");
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
          signature.getContents(signed));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();

      assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(seal.pdfCertificate()))).isTrue();
      assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
      AttributeTable attributes = signer.getSignedAttributes();
      assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
      assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
      assertThat(attributes.get(CMSAttributes.signingTime)).as("the time is the dictionary's M").isNull();
      ASN1Encodable value = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues()
          .getObjectAt(0);
      byte[] hash = SigningCertificateV2.getInstance(value).getCerts()[0].getCertHash();
      assertThat(hash).isEqualTo(MessageDigest.getInstance("SHA-256").digest(seal.pdfCertificate().getEncoded()));
      assertThat(cms.getCertificates().getMatches(null)).extracting(X509CertificateHolder::getSubject)
          .extracting(Object::toString).hasSize(2).anyMatch(s -> s.contains("OneSeal Test CA"));
      assertThat(signer.getUnsignedAttributes()).as("B-B: no time-stamp").isNull();
    }
  }

  @Test
  void theSealsImageIsDrawnOverTheBureausNameAndTheDate() throws Exception {
    PdfWriter.Written notice = notice();
    byte[] signed = new PadesSigner().sign(notice.pdf(), seal, notice.seal(), "受理通知书", SIGNED_AT);
    SealPlacement where = notice.seal();

    assertThat(red(save("unsigned.pdf", notice.pdf()), where)).as("no red seal before signing").isZero();
    assertThat(red(save("signed.pdf", signed), where)).as("the red seal drawn by poppler").isGreaterThan(500);
    try (PDDocument document = Loader.loadPDF(signed)) {
      PDPage page = document.getPage(document.getNumberOfPages() - 1);
      PDFTextStripperByArea text = new PDFTextStripperByArea();
      float height = page.getMediaBox().getHeight();
      text.addRegion("seal", new Rectangle2D.Float(where.x(), height - where.y() - where.height(), where.width(),
          where.height()));
      text.extractRegions(page);
      assertThat(text.getTextForRegion("seal")).contains("2026年12月6日", "专用章");
    }
  }

  /** How many strongly red pixels pdftoppm draws inside the placement (72 dpi, one pixel a point). */
  private static int red(Path pdf, SealPlacement where) throws Exception {
    Path prefix = pdf.resolveSibling(pdf.getFileName() + "-page");
    Pdfsig.run(List.of("pdftoppm", "-png", "-r", "72", "-singlefile", pdf.toString(), prefix.toString()));
    BufferedImage page = ImageIO.read(prefix.resolveSibling(prefix.getFileName() + ".png").toFile());
    int count = 0;
    int top = Math.round(page.getHeight() - where.y() - where.height());
    for (int y = Math.max(0, top); y < Math.min(page.getHeight(), top + where.height()); y++) {
      for (int x = Math.round(where.x()); x < Math.min(page.getWidth(), where.x() + where.width()); x++) {
        int rgb = page.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r > 150 && g < 100 && b < 100) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void withATimeStampAuthorityTheSignatureCarriesItsTimeStampBaselineT() throws Exception {
    PdfWriter.Written notice = notice();
    try (TestTimeStampAuthority tsa = new TestTimeStampAuthority(pki)) {
      byte[] signed = new PadesSigner(tsa.url()).sign(notice.pdf(), seal, notice.seal(), "受理通知书", SIGNED_AT);

      assertThat(tsa.answered.get()).isEqualTo(1);
      try (PDDocument document = Loader.loadPDF(signed)) {
        PDSignature signature = document.getLastSignatureDictionary();
        CMSSignedData cms = new CMSSignedData(signature.getContents(signed));
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        var attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        TimeStampToken token = new TimeStampToken(new CMSSignedData(
            attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
        token.validate(new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
            .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
      }
      String report = pdfsig.verify(save("timestamped.pdf", signed));
      assertThat(report).contains("Signature is Valid.", "Certificate is Trusted.");
    }
  }

  @Test
  void whenTheTimeStampAuthorityIsDownSealingFailsInsteadOfReturningTheDocument() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PdfWriter.Written notice = notice();
    PadesSigner signer = new PadesSigner(URI.create("http://127.0.0.1:" + port + "/tsa"));

    assertThatThrownBy(() -> signer.sign(notice.pdf(), seal, notice.seal(), "受理通知书", SIGNED_AT))
        .isInstanceOf(SealingException.class).hasMessageContaining(BUREAU).hasMessageContaining("时间戳服务");
  }

  @Test
  void aTimeStampAuthorityUrlThatIsNoHttpAddressIsRefusedAtStartUp() {
    assertThatThrownBy(() -> new PadesSigner("tsa.example.cn")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oneseal.seals.tsa-url");
    assertThatThrownBy(() -> new PadesSigner("ftp://tsa.example.cn/tsa")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oneseal.seals.tsa-url");
    assertThat(new PadesSigner(" ").timeStampAuthority()).isNull();
  }

  @Test
  void withoutAKeyOrOnAFileThatIsNoPdfSealingFails() {
    PdfWriter.Written notice = notice();
    BureauSeal keyless = new BureauSeal("city", BUREAU, null, seal.pdfChain(), null, List.of(), seal.image(), true);

    assertThatThrownBy(() -> new PadesSigner().sign(notice.pdf(), keyless, notice.seal(), "受理通知书", SIGNED_AT))
        .isInstanceOf(SealingException.class).hasMessageContaining("没有 PDF 签名密钥");
    assertThatThrownBy(() -> new PadesSigner().sign("不是 PDF".getBytes(), seal, notice.seal(), "受理通知书",
        SIGNED_AT)).isInstanceOf(SealingException.class).hasMessageContaining("签章失败");
    assertThatThrownBy(() -> new PadesSigner().sign(notice.pdf(), seal, new SealPlacement(3, 0, 0, 10, 10), "受理通知书",
        SIGNED_AT)).isInstanceOf(SealingException.class).hasMessageContaining("只有 1 页");
  }

  /**
   * Issue 21 item 7: the sealing time per document, printed (the machine is shared: not a timed assertion). Wall
   * time and the thread's CPU time (less disturbed by other processes on a busy machine).
   */
  @Test
  void sealingTimePerNotice() throws Exception {
    PadesSigner signer = new PadesSigner();
    PdfWriter.Written notice = notice();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[50];
    long[] cpu = new long[50];
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < wall.length; i++) {
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        signer.sign(notice.pdf(), seal, notice.seal(), "受理通知书", SIGNED_AT);
        cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        wall[i] = System.nanoTime() - start;
      }
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf("sealing a one-page notice (%d bytes, RSA 2048, B-B), 50 after 100 to warm up: wall median %.2f"
        + " ms (p90 %.2f ms), CPU median %.2f ms%n", notice.pdf().length, wall[25] / 1e6, wall[45] / 1e6,
        cpu[25] / 1e6);
    assertThat(wall[25]).isPositive();
  }
}
