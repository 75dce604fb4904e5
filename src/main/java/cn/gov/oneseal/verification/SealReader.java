package cn.gov.oneseal.verification;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.seal.Seals;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Store;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The seals (CMS signatures) of a PDF as a verifier sees them: for each signature its signer certificate (subject,
 * issuer, validity), whether the signature matches the bytes it covers, whether it covers the whole file (nothing
 * appended after signing), whether the certificate chains to one of the bureaus' CAs ({@link Seals#authorities()})
 * and whether it has been revoked ({@link Seals#revoked}). The certificate's validity is judged at the time of
 * signing — the issue time the bureau recorded when the file is an issued one, otherwise the signing time the signature
 * claims: a seal renewed since, or a certificate that has expired since, leaves a document signed before valid.
 * Never throws: an unreadable signature is reported invalid.
 */
@Component
class SealReader {

  private static final Provider BC = SealChains.BC;
  /** How a signing time is shown (Asia/Shanghai). */
  static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final ObjectProvider<Seals> seals;

  SealReader(ObjectProvider<Seals> seals) {
    this.seals = seals;
  }

  /**
   * The seals of the PDF; {@code issuedAt} is the time the bureau recorded the document's issue (null when the file is
   * not an issued one: the signature's own signing time is used).
   */
  List<VerificationAnswer.Seal> read(PDDocument document, byte[] file, Date issuedAt) {
    List<VerificationAnswer.Seal> found = new ArrayList<>();
    try {
      for (PDSignature signature : document.getSignatureDictionaries()) {
        found.add(seal(signature, file, issuedAt));
      }
    } catch (Exception | StackOverflowError unreadable) {
      // a damaged signature field list: what was read is reported
    }
    return found;
  }

  private VerificationAnswer.Seal seal(PDSignature signature, byte[] file, Date issuedAt) {
    String signedAt = signature.getSignDate() == null ? null
        : SIGNED_AT.format(signature.getSignDate().toInstant().atZone(WorkingDayCalendar.ZONE));
    try {
      byte[] signed = signature.getSignedContent(file);
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), signature.getContents());
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      Store<X509CertificateHolder> store = cms.getCertificates();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
      if (matches.isEmpty()) {
        return unreadable(signedAt);
      }
      JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BC);
      X509Certificate certificate = converter.getCertificate(matches.iterator().next());
      boolean intact = verifies(signer, certificate);
      int[] range = signature.getByteRange();
      boolean whole = range != null && range.length == 4 && range[0] == 0
          && (long) range[2] + range[3] == file.length;
      List<X509Certificate> included = new ArrayList<>();
      for (X509CertificateHolder holder : store.getMatches(null)) {
        included.add(converter.getCertificate(holder));
      }
      Seals known = seals.getIfAvailable();
      boolean trusted = known != null && SealChains.chains(certificate, included, known);
      boolean revoked = known != null && known.revoked(certificate);
      Date now = ClockUtil.getCurrentTime();
      boolean expired = now.after(certificate.getNotAfter());
      Date signingTime = issuedAt != null ? issuedAt
          : signature.getSignDate() == null ? now : signature.getSignDate().getTime();
      boolean expiredWhenSigned = signingTime.after(certificate.getNotAfter());
      return new VerificationAnswer.Seal(certificate.getSubjectX500Principal().getName(),
          certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber().toString(16),
          day(certificate.getNotBefore()), day(certificate.getNotAfter()), signedAt, intact, whole, trusted, revoked,
          expired, state(intact, whole, trusted, revoked, expiredWhenSigned, expired, known != null));
    } catch (Exception | StackOverflowError e) {
      return unreadable(signedAt);
    }
  }

  private static boolean verifies(SignerInformation signer, X509Certificate certificate) {
    try {
      return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate));
    } catch (Exception invalid) {
      return false;
    }
  }

  /** The seal's state in Chinese, for PDF and OFD seals alike; a valid seal's state starts with 有效. */
  static String state(boolean intact, boolean whole, boolean trusted, boolean revoked, boolean expiredWhenSigned,
      boolean expired, boolean sealsKnown) {
    if (!intact) {
      return "签名无效：签名后文件内容被改动，或签名已损坏";
    }
    if (revoked) {
      return "印章证书已被吊销";
    }
    if (!trusted) {
      return sealsKnown ? "印章证书不是本系统印章证书颁发机构签发的" : "无法核对印章证书（本系统未配置印章）";
    }
    if (expiredWhenSigned) {
      return "签章时印章证书已过期";
    }
    if (!whole) {
      return "签名有效，但签名后文件又被追加了内容";
    }
    return expired ? "有效（签章时印章证书在有效期内，证书现已到期）" : "有效";
  }

  /** A signature that could not be read: no certificate, invalid. */
  static VerificationAnswer.Seal unreadable(String signedAt) {
    return new VerificationAnswer.Seal(null, null, null, null, null, signedAt, false, false, false, false, false,
        "签名无法读取或已损坏");
  }

  static LocalDate day(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
  }
}
