package cn.gov.oneseal.notice;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.seal.LicenceDocument;
import cn.gov.oneseal.seal.OfdLicence;
import cn.gov.oneseal.seal.OfdSealer;
import cn.gov.oneseal.seal.Seals;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * 电子证照: a granted licence is issued as an electronic licence — the licence's data as a PDF sealed with the
 * bureau's seal (PAdES) with its QR code and verification code, and the same licence as OFD sealed to GB/T 38540
 * (SM2/SM3), the format the national e-licence platforms take. Both are kept with the case's documents (kinds
 * {@link NoticeKind#LICENCE} and {@link NoticeKind#LICENCE_OFD}), each with its own document number and verification
 * code printed on it; the bytes stored are the sealed bytes, never made again. The grant schedules the issue
 * ({@link #schedule}); the engine's job executor issues it right after the grant commits ({@link ElectronicLicenceJob}).
 * A revoked, changed or cancelled licence keeps its documents: verification tells its current state from the licence
 * register, and {@link LicenceData} gives the licence's structured data.
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
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final LicenceRegister register;
  private final String verificationUrl;

  public ElectronicLicences(NoticeStore store, DocumentNumbers numbers, Bureaus bureaus, PdfWriter pdf,
      DocumentSealing sealing, OfdLicence ofd, OfdSealer ofdSealer, Seals seals, CaseFiles caseFiles,
      ItemCatalogue catalogue, LicenceRegister register,
      @Value("${oneseal.verification.base-url:http://localhost:8080/verify}") String verificationUrl) {
    this.store = store;
    this.numbers = numbers;
    this.bureaus = bureaus;
    this.pdf = pdf;
    this.sealing = sealing;
    this.ofd = ofd;
    this.ofdSealer = ofdSealer;
    this.seals = seals;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.register = register;
    this.verificationUrl = verificationUrl;
  }

  /**
   * Schedules the electronic licence of the case granted by {@code bureauId}, in the grant's transaction (an engine
   * command: the grant's task listener or delegate): a job on the case's process definition and bureau.
   */
  public void schedule(CaseFile file, String bureauId) {
    seals.current(bureauId); // a bureau without a seal fails the grant now, not the job later
    ExecutionEntity instance = Context.getCommandContext().getExecutionManager()
        .findExecutionById(file.processInstanceId());
    ElectronicLicenceJob.schedule(file.caseNumber(), bureauId,
        instance == null ? null : instance.getProcessDefinitionId(),
        instance == null ? null : instance.getProcessDefinition().getKey(), instance == null ? null
            : instance.getTenantId());
  }

  /** Issues the electronic licence of the granted case by the bureau, once (nothing when it is issued already). */
  public List<Notice> issueFor(String caseNumber, String bureauId) {
    if (!store.ofCaseAndKind(caseNumber, NoticeKind.LICENCE).isEmpty()) {
      return List.of();
    }
    CaseFile file = caseFiles.get(caseNumber);
    LicenceRegister.Licence licence = register.ofCase(caseNumber).orElseThrow(() -> new IllegalStateException(
        "办件 " + caseNumber + " 没有登记的许可证，不能签发电子证照"));
    return issue(file, catalogue.get(file.itemCode(), file.catalogueVersion()), licence.licenceNumber(),
        licence.issuedOn(), licence.validUntil(), bureauId);
  }

  /** The licence's structured data (as printed on it) with its current state and its documents. */
  public Optional<LicenceData> data(String caseNumber) {
    return register.ofCase(caseNumber).map(licence -> {
      CaseFile file = caseFiles.get(caseNumber);
      ApprovalItem item = catalogue.get(file.itemCode(), file.catalogueVersion());
      List<LicenceData.Document> documents = new ArrayList<>();
      for (NoticeKind kind : List.of(NoticeKind.LICENCE, NoticeKind.LICENCE_OFD)) {
        store.ofCaseAndKind(caseNumber, kind).stream().findFirst().ifPresent(d -> documents.add(
            new LicenceData.Document(d.id(), kind == NoticeKind.LICENCE ? "PDF" : "OFD", d.documentNumber(),
                d.verificationCode(), d.fileName(), d.sha256(), address(d.documentNumber(), d.verificationCode()))));
      }
      return new LicenceData(licenceName(item), licence.licenceNumber(), licence.holderName(), file.applicantId(),
          item.code(), item.name(), scope(file, item), blankToNull(file.premisesAddress()), item.legalBasis(),
          caseNumber, bureaus.of(licence.bureauId()).name(), licence.issuedOn(), licence.validUntil(),
          licence.status().name(), licence.status().label(), documents);
    });
  }

  /** Issues the licence of the case (registered as {@code licenceNumber} on {@code issuedOn}): PDF and OFD. */
  List<Notice> issue(CaseFile file, ApprovalItem item, String licenceNumber, LocalDate issuedOn,
      LocalDate validUntil, String bureauId) {
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    String bureau = bureaus.of(bureauId).name();
    String title = licenceName(item) + "（电子证照）";
    List<String> lines = new ArrayList<>();
    lines.add("许可事项：" + item.name());
    String scope = scope(file, item);
    if (scope != null) {
      lines.add("经营项目：" + scope);
    }
    if (blankToNull(file.premisesAddress()) != null) {
      lines.add("场所地址：" + file.premisesAddress());
    }
    lines.add("许可依据：" + item.legalBasis());
    lines.add("办件编号：" + file.caseNumber());
    String from = NoticeService.CHINESE_DATE.format(issuedOn);
    String until = validUntil == null ? "长期" : NoticeService.CHINESE_DATE.format(validUntil);

    String pdfNumber = numbers.next(file.caseNumber());
    String pdfCode = DocumentNumbers.verificationCode();
    List<String> paragraphs = new ArrayList<>(List.of("许可证编号：" + licenceNumber, "持证人：" + file.applicantName(),
        "证件号码：" + file.applicantId()));
    paragraphs.addAll(lines);
    paragraphs.add("有效期：" + from + " 至 " + until);
    PdfWriter.Written laidOut = pdf.layOut(title, paragraphs, List.of(bureau + "（行政审批专用章）", from,
        "文件编号：" + pdfNumber + "　验证码：" + pdfCode, "查验：" + address(pdfNumber, pdfCode)),
        LicencePdf.qrCode(address(pdfNumber, pdfCode)));
    byte[] sealedPdf = sealing.seal(bureauId, laidOut, title, Date.from(now.toInstant()));
    Notice pdfLicence = store.keep(file.caseNumber(), NoticeKind.LICENCE, pdfNumber, pdfCode, title, sealedPdf, "pdf",
        now, null);

    String ofdNumber = numbers.next(file.caseNumber());
    String ofdCode = DocumentNumbers.verificationCode();
    byte[] rendered = ofd.render(new LicenceDocument(licenceNumber, licenceName(item), file.applicantName(),
        file.applicantId(), lines, from, until, bureau, from, ofdCode, address(ofdNumber, ofdCode)));
    byte[] sealedOfd = ofdSealer.seal(rendered, seals.current(bureauId));
    Notice ofdLicence = store.keep(file.caseNumber(), NoticeKind.LICENCE_OFD, ofdNumber, ofdCode, title, sealedOfd,
        "ofd", now, null);
    return List.of(pdfLicence, ofdLicence);
  }

  /** The licence's name as printed: 食品经营许可 → 食品经营许可证; an item named otherwise → its name + 证书. */
  static String licenceName(ApprovalItem item) {
    return item.name().endsWith("许可") ? item.name() + "证" : item.name() + "证书";
  }

  private static String scope(CaseFile file, ApprovalItem item) {
    return file.businessScope() != null && item.businessScopes().containsKey(file.businessScope())
        ? item.businessScopes().get(file.businessScope()) : null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private String address(String number, String code) {
    return verificationUrl + "?n=" + number + "&c=" + code;
  }
}
