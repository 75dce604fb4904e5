package cn.gov.oneseal.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals a PDF with the bureau's seal as PAdES (ETSI EN 319 142-1): baseline B-B, and B-T when a time-stamp authority
 * is configured ({@code oneseal.seals.tsa-url}). The signature is visible: the seal's image over the bureau's name
 * and the date, as on paper. The document is signed by an incremental update, so the bytes before it stay as they
 * were. Sealing either returns the signed bytes or throws {@link SealingException} — never the unsigned document.
 */
@Component
public class PadesSigner {

  /** ETSI EN 319 142-1 §5.1: the SubFilter of a PAdES signature. */
  public static final COSName SUB_FILTER = COSName.getPDFName("ETSI.CAdES.detached");

  /** What a time-stamp token takes in the CMS (its own SignedData with the authority's certificate). */
  private static final int TIME_STAMP_ROOM = 8192;
  /** The SignerInfo, attributes and signature value (RSA 4096 at most) around the certificates. */
  private static final int SIGNATURE_ROOM = 3072;

  private final TimeStamps timeStamps;
  private final SealImages images = new SealImages();

  /** Baseline B-B: no time-stamp authority. */
  public PadesSigner() {
    this((URI) null);
  }

  /** @param timeStampAuthority an RFC 3161 time-stamp authority's URL (B-T), or null for baseline B-B */
  public PadesSigner(URI timeStampAuthority) {
    this.timeStamps = timeStampAuthority == null ? null : new TimeStamps(timeStampAuthority);
  }

  @Autowired
  public PadesSigner(@Value("${oneseal.seals.tsa-url:}") String timeStampAuthority) {
    this(timeStampAuthority == null || timeStampAuthority.isBlank() ? null : URI.create(timeStampAuthority.trim()));
  }

  /** The configured time-stamp authority, or null (baseline B-B). */
  public URI timeStampAuthority() {
    return timeStamps == null ? null : timeStamps.authority();
  }

  /**
   * The PDF signed with the seal, its image drawn at {@code where}.
   *
   * @param pdf the document as issued
   * @param seal the bureau's seal (key, certificate chain, image)
   * @param where where the seal's image goes ({@link SealPlacement#lastPage()} when the seal line is not known)
   * @param reason the signature's reason (e.g. the document's kind), shown by PDF readers
   * @param signingTime the time of signing, the signature dictionary's M (the engine's clock)
   * @return the signed document: the original bytes followed by the signature's incremental update
   * @throws SealingException when the document cannot be signed
   */
  public byte[] sign(byte[] pdf, BureauSeal seal, SealPlacement where, String reason, Date signingTime) {
    if (pdf == null || seal == null || where == null || signingTime == null) {
      throw new SealingException("签章缺少参数（文件、印章、位置或时间）");
    }
    if (seal.pdfKey() == null || seal.pdfChain() == null || seal.pdfChain().isEmpty()) {
      throw new SealingException(seal.bureauName() + " 的印章没有 PDF 签名密钥或证书");
    }
    try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream(
        pdf.length + 2 * room(seal) + 32768)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(SUB_FILTER);
      signature.setName(commonName(seal.pdfCertificate()));
      if (reason != null && !reason.isBlank()) {
        signature.setReason(reason);
      }
      Calendar time = Calendar.getInstance(TimeZone.getTimeZone("Asia/Shanghai"));
      time.setTime(signingTime);
      signature.setSignDate(time);
      int page = where.pageIn(document.getNumberOfPages());
      try (SignatureOptions options = new SignatureOptions()) {
        options.setPage(page);
        options.setPreferredSignatureSize(room(seal));
        document.addSignature(signature, new CadesSignature(seal, timeStamps), options);
        drawSeal(document, signature, document.getPage(page), where, seal.bureauId(), seal.image());
        document.saveIncremental(out);
      }
      byte[] signed = out.toByteArray();
      if (signed.length <= pdf.length) {
        throw new SealingException(seal.bureauName() + " 的签章没有写入文件");
      }
      return signed;
    } catch (IOException | RuntimeException e) {
      if (e instanceof SealingException sealing) {
        throw sealing;
      }
      throw new SealingException(seal.bureauName() + " 的签章失败: " + e.getMessage(), e);
    }
  }

  /** The room the signature's CMS may take: the certificates, the signer info, a time-stamp token. */
  private int room(BureauSeal seal) {
    int certificates = 0;
    for (X509Certificate certificate : seal.pdfChain()) {
      try {
        certificates += certificate.getEncoded().length;
      } catch (CertificateEncodingException e) {
        throw new SealingException(seal.bureauName() + " 的印章证书无法编码: " + e.getMessage(), e);
      }
    }
    return certificates + SIGNATURE_ROOM + (timeStamps == null ? 0 : TIME_STAMP_ROOM);
  }

  /** The signature field's widget gets the seal's image at the placement, printed, on top of the page's text. */
  private void drawSeal(PDDocument document, PDSignature signature, PDPage page, SealPlacement where,
      String bureauId, byte[] image) throws IOException {
    if (image == null || image.length == 0) {
      throw new SealingException("印章没有图像");
    }
    PDSignatureField field = document.getSignatureFields().stream()
        .filter(f -> f.getSignature() != null && f.getSignature().getCOSObject() == signature.getCOSObject())
        .findFirst().orElseThrow(() -> new SealingException("签名域未能加入文件"));
    field.setPartialName("OneSeal-" + bureauId.replaceAll("[^A-Za-z0-9_-]", "_") + "-"
        + document.getSignatureFields().size());
    PDAnnotationWidget widget = field.getWidgets().get(0);
    PDRectangle rectangle = new PDRectangle(where.x(), where.y(), where.width(), where.height());
    widget.setRectangle(rectangle);
    widget.setPage(page);
    widget.setPrinted(true);
    widget.setLocked(true);
    PDAppearanceStream appearance = new PDAppearanceStream(document);
    appearance.setResources(new PDResources());
    appearance.setBBox(new PDRectangle(where.width(), where.height()));
    PDImageXObject picture = images.in(document, image);
    try (PDPageContentStream content = new PDPageContentStream(document, appearance)) {
      // as ink: the text under the seal stays readable through it
      PDExtendedGraphicsState ink = new PDExtendedGraphicsState();
      ink.getCOSObject().setItem(COSName.BM, COSName.getPDFName("Multiply"));
      content.setGraphicsStateParameters(ink);
      content.drawImage(picture, 0, 0, where.width(), where.height());
    }
    PDAppearanceDictionary appearances = new PDAppearanceDictionary();
    appearances.setNormalAppearance(appearance);
    widget.setAppearance(appearances);
  }

  private static String commonName(X509Certificate certificate) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    RDN[] names = subject.getRDNs(BCStyle.CN);
    return names.length == 0 ? subject.toString() : IETFUtils.valueToString(names[0].getFirst().getValue());
  }
}
