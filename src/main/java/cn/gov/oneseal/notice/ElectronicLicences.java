package cn.gov.oneseal.notice;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.seal.LicenceDocument;
import cn.gov.oneseal.seal.OfdLicence;
import cn.gov.oneseal.seal.OfdSealer;
import cn.gov.oneseal.seal.Seals;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * 电子证照: a granted licence is issued as an electronic licence — the licence's data as a PDF sealed with the
 * bureau's seal (PAdES) with its QR code and verification code, and the same licence as OFD sealed to GB/T 38540
 * (SM2/SM3), the format the national e-licence platforms take. Both are kept with the case's documents (kinds
 * {@link NoticeKind#LICENCE} and {@link NoticeKind#LICENCE_OFD}), each with its own document number and verification
 * code printed on it; the bytes stored are the sealed bytes, never made again. A revoked, changed or cancelled licence
 * keeps its documents: verification tells its current state from the licence register.
 */
@Service
public class ElectronicLicences {

  private final NoticeStore store;
  private final DocumentNumbers numbers;
  private final Bureaus bureaus;
  private final PdfWriter pdf;
  private final DocumentSealing sealing;
  private final OfdLicence ofd;
  private final OfdSealer ofdSealer;
  private final Seals seals;
  private final String verificationUrl;

  public ElectronicLicences(NoticeStore store, DocumentNumbers numbers, Bureaus bureaus, PdfWriter pdf,
      DocumentSealing sealing, OfdLicence ofd, OfdSealer ofdSealer, Seals seals,
      @Value("${oneseal.verification.base-url:http://localhost:8080/verify}") String verificationUrl) {
    this.store = store;
    this.numbers = numbers;
    this.bureaus = bureaus;
    this.pdf = pdf;
    this.sealing = sealing;
    this.ofd = ofd;
    this.ofdSealer = ofdSealer;
    this.seals = seals;
    this.verificationUrl = verificationUrl;
  }

  /** Issues the licence of the case (registered as {@code licenceNumber}) by the case's bureau: PDF and OFD. */
  public List<Notice> issue(CaseFile file, ApprovalItem item, String licenceNumber, LocalDate validUntil,
      String bureauId) {
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    LocalDate today = now.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    String bureau = bureaus.of(bureauId).name();
    String title = licenceName(item) + "（电子证照）";
    List<String> lines = new ArrayList<>();
    lines.add("许可事项：" + item.name());
    if (file.businessScope() != null && item.businessScopes().containsKey(file.businessScope())) {
      lines.add("经营项目：" + item.businessScopes().get(file.businessScope()));
    }
    if (file.premisesAddress() != null && !file.premisesAddress().isBlank()) {
      lines.add("场所地址：" + file.premisesAddress());
    }
    lines.add("许可依据：" + item.legalBasis());
    lines.add("办件编号：" + file.caseNumber());
    String from = NoticeService.CHINESE_DATE.format(today);
    String until = validUntil == null ? "长期" : NoticeService.CHINESE_DATE.format(validUntil);

    String pdfNumber = numbers.next(file.caseNumber());
    String pdfCode = DocumentNumbers.verificationCode();
    List<String> paragraphs = new ArrayList<>(List.of("许可证编号：" + licenceNumber, "持证人：" + file.applicantName(),
        "证件号码：" + file.applicantId()));
    paragraphs.addAll(lines);
    paragraphs.add("有效期：" + from + " 至 " + until);
    PdfWriter.Written laidOut = LicencePdf.withQrCode(pdf.layOut(title, paragraphs, List.of(bureau + "（行政审批专用章）",
        from, "文件编号：" + pdfNumber + "　验证码：" + pdfCode, "查验：" + address(pdfNumber, pdfCode))),
        address(pdfNumber, pdfCode));
    byte[] sealedPdf = sealing.seal(bureauId, laidOut, title, Date.from(now.toInstant()));
    Notice pdfLicence = store.keep(file.caseNumber(), NoticeKind.LICENCE, pdfNumber, pdfCode, title, sealedPdf, "pdf",
        now);

    String ofdNumber = numbers.next(file.caseNumber());
    String ofdCode = DocumentNumbers.verificationCode();
    byte[] rendered = ofd.render(new LicenceDocument(licenceNumber, licenceName(item), file.applicantName(),
        file.applicantId(), lines, from, until, bureau, from, ofdCode, address(ofdNumber, ofdCode)));
    byte[] sealedOfd = ofdSealer.seal(rendered, seals.current(bureauId));
    Notice ofdLicence = store.keep(file.caseNumber(), NoticeKind.LICENCE_OFD, ofdNumber, ofdCode, title, sealedOfd,
        "ofd", now);
    return List.of(pdfLicence, ofdLicence);
  }

  /** The licence's name as printed: 食品经营许可 → 食品经营许可证; an item named otherwise → its name + 证书. */
  static String licenceName(ApprovalItem item) {
    return item.name().endsWith("许可") ? item.name() + "证" : item.name() + "证书";
  }

  private String address(String number, String code) {
    return verificationUrl + "?n=" + number + "&c=" + code;
  }
}
