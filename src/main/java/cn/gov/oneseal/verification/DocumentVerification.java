package cn.gov.oneseal.verification;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.Sha256;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.notice.DocumentNumbers;
import cn.gov.oneseal.notice.IssuedDocument;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.notice.NoticeStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Service;

/**
 * Verifies a document for anyone: by its document number and verification code (both printed on it), or by the file
 * itself — the same bytes as an issued document (INTACT), a file that names an issued document but differs (ALTERED),
 * or neither (UNKNOWN). Answers with what is printed on the document and no more: bureau, kind, case number, date,
 * SHA-256 and, for a 准予行政许可决定书, the licence number, the holder as printed and the licence's current state.
 * An ALTERED answer names only the document number and the bureau (a forged file proves nothing about the case).
 */
@Service
public class DocumentVerification {

  /** The largest file verified. */
  public static final int MAX_BYTES = 10 << 20;
  /** What PDFBox may hold in memory while reading an upload. */
  private static final long PDF_MEMORY = 64L << 20;

  /** The kind of file an upload is, by its first bytes. */
  enum Format { PDF, OFD, OTHER }

  private final NoticeStore notices;
  private final CaseFiles caseFiles;
  private final Bureaus bureaus;
  private final LicenceRegister licences;
  private final SealReader sealReader;
  private final OfdSealReader ofdSealReader;

  /** The seals found in a file and what the page says about them. */
  private record SealFindings(List<VerificationAnswer.Seal> seals, String text) {}

  DocumentVerification(NoticeStore notices, CaseFiles caseFiles, Bureaus bureaus, LicenceRegister licences,
      SealReader sealReader, OfdSealReader ofdSealReader) {
    this.notices = notices;
    this.caseFiles = caseFiles;
    this.bureaus = bureaus;
    this.licences = licences;
    this.sealReader = sealReader;
    this.ofdSealReader = ofdSealReader;
  }

  /** The issued document with this number, when the code is its verification code (else empty, either way). */
  public Optional<VerificationAnswer> byNumber(String documentNumber, String code) {
    String number = documentNumber == null ? "" : documentNumber.strip().toUpperCase(Locale.ROOT);
    String given = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!DocumentNumbers.NUMBER.matcher(number).matches() || given.length() != DocumentNumbers.CODE_LENGTH) {
      return Optional.empty();
    }
    return notices.byNumber(number)
        .filter(document -> document.verificationCode() != null && MessageDigest.isEqual(
            document.verificationCode().getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII)))
        .map(document -> {
          byte[] stored = notices.content(document.id()).orElse(new byte[0]);
          return issued("ISSUED", "本系统签发的文件", "文件编号与验证码相符：这是本系统签发的文件。", document,
              seals(stored, document));
        });
  }

  /** Verifies an uploaded file (not empty, at most {@link #MAX_BYTES}; the controller checks). */
  public VerificationAnswer byFile(byte[] content, String fileName) {
    Format format = format(content);
    List<IssuedDocument> same = notices.bySha256(Sha256.hex(content));
    if (!same.isEmpty()) {
      return issued("INTACT", "与签发文件一致", "上传的文件与本系统签发的文件逐字节一致，未被改动。", same.get(0),
          seals(content, same.get(0)));
    }
    Set<String> claimed = new LinkedHashSet<>();
    SealFindings findings = new SealFindings(List.of(), null);
    if (format == Format.PDF) {
      try (PDDocument document = load(content)) {
        claimed.addAll(ClaimedNumbers.inPdf(document));
        findings = new SealFindings(sealReader.read(document, content, null), null);
      } catch (Exception | StackOverflowError unreadable) {
        // truncated, damaged or encrypted: the file name may still say what it claims to be
      }
    } else if (format == Format.OFD) {
      OfdPackage ofd = OfdPackage.read(content);
      claimed.addAll(ClaimedNumbers.inOfd(ofd));
      findings = ofdSeals(ofd, null);
    }
    List<VerificationAnswer.Seal> seals = findings.seals();
    claimed.addAll(ClaimedNumbers.inFileName(fileName));
    Optional<IssuedDocument> named = claimed.stream().map(notices::byNumber).flatMap(Optional::stream).findFirst()
        .or(() -> ClaimedNumbers.downloadName(fileName)
            .flatMap(name -> notices.ofCaseAndKind(name.caseNumber(), name.kind()).stream().findFirst()));
    String sealText = sealText(findings);
    if (named.isPresent()) {
      IssuedDocument document = named.get();
      return new VerificationAnswer("ALTERED", "已被篡改", "已被篡改",
          "上传的文件自称是本系统签发的文件 " + document.documentNumber() + "，但内容与签发的文件不一致：文件已被改动或损坏，不能作为有效凭证。"
              + "请向签发机关索取或重新下载原件。",
          new VerificationAnswer.Document(document.documentNumber(), bureauOf(document), null, null, null, null, null,
              null), null, seals, sealText);
    }
    return new VerificationAnswer("UNKNOWN", "不是本系统签发的文件", "未知",
        "本系统没有签发过与上传文件一致的文件，文件中也没有本系统的文件编号。", null, null, seals, sealText);
  }

  static Format format(byte[] content) {
    if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
      return Format.OFD;
    }
    String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-") ? Format.PDF : Format.OTHER;
  }

  private VerificationAnswer issued(String result, String resultText, String message, IssuedDocument document,
      SealFindings seals) {
    LocalDate issuedOn = document.issuedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    VerificationAnswer.Licence licence = null;
    String verdict = "有效";
    if (document.kind() == NoticeKind.GRANT || document.kind() == NoticeKind.LICENCE
        || document.kind() == NoticeKind.LICENCE_OFD) {
      Optional<LicenceRegister.Licence> granted = licences.ofCase(document.caseNumber());
      if (granted.isPresent()) {
        LicenceRegister.Licence l = granted.get();
        licence = new VerificationAnswer.Licence(l.licenceNumber(), l.holderName(), l.validUntil(), l.status().name(),
            l.status().label(), l.statusChangedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate());
        verdict = l.status().label();
        message = message + "许可证 " + l.licenceNumber() + " 当前状态：" + l.status().label() + "。";
      }
    }
    return new VerificationAnswer(result, resultText, verdict, message,
        new VerificationAnswer.Document(document.documentNumber(), bureauOf(document), document.kind().name(),
            document.kind().title(), document.caseNumber(), issuedOn, NoticeService.CHINESE_DATE.format(issuedOn),
            document.sha256()), licence, seals.seals(), sealText(seals));
  }

  private String bureauOf(IssuedDocument document) {
    return caseFiles.find(document.caseNumber()).map(CaseFile::bureauId).map(id -> bureaus.of(id).name())
        .orElse(bureaus.city().name());
  }

  /** The seals of an issued document's bytes (PDF or OFD), judged at its recorded issue time. */
  private SealFindings seals(byte[] content, IssuedDocument issued) {
    Format format = format(content);
    Date issuedAt = Date.from(issued.issuedAt().toInstant());
    if (format == Format.OFD) {
      return ofdSeals(OfdPackage.read(content), issuedAt);
    }
    if (format != Format.PDF) {
      return new SealFindings(List.of(), null);
    }
    try (PDDocument document = load(content)) {
      return new SealFindings(sealReader.read(document, content, issuedAt), null);
    } catch (Exception | StackOverflowError unreadable) {
      return new SealFindings(List.of(), null);
    }
  }

  private SealFindings ofdSeals(OfdPackage ofd, Date issuedAt) {
    OfdSealReader.Reading reading = ofdSealReader.read(ofd, issuedAt);
    return new SealFindings(reading.seals(), reading.problem());
  }

  private static String sealText(SealFindings findings) {
    List<VerificationAnswer.Seal> seals = findings.seals();
    if (findings.text() != null) {
      return findings.text();
    }
    if (seals.isEmpty()) {
      return "文件中没有电子签章";
    }
    return seals.stream().allMatch(seal -> seal.state().startsWith("有效")) ? "电子签章有效"
        : "电子签章有问题：" + String.join("；", seals.stream().map(VerificationAnswer.Seal::state).distinct().toList());
  }

  private static PDDocument load(byte[] content) throws java.io.IOException {
    return Loader.loadPDF(content, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY).streamCache);
  }
}
