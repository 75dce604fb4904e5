package cn.gov.oneseal.decision;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.Stage;
import cn.gov.oneseal.licence.LicenceDecided;
import cn.gov.oneseal.licence.LicenceNumbers;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.notice.ElectronicLicences;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues a grant: the issuing bureau's licence number, the validity from the day of issue, the case file, the
 * licence register, the 准予行政许可决定书 with its delivery deadline (from the day of issue), and the electronic
 * licence (电子证照: sealed PDF and OFD, made by a job right after the grant commits); then {@link LicenceDecided}
 * (双公示). This happens at
 * the decision, or — for a grant held for 容缺 supplements — on the day they are accepted.
 */
@Component
public class GrantIssuer {

  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final LicenceNumbers licenceNumbers;
  private final LicenceRegister licences;
  private final NoticeService notices;
  private final WorkingDayCalendar calendar;
  private final ElectronicLicences electronicLicences;
  private final ApplicationEventPublisher events;

  public GrantIssuer(CaseFiles caseFiles, ItemCatalogue catalogue, LicenceNumbers licenceNumbers,
      LicenceRegister licences, NoticeService notices, WorkingDayCalendar calendar,
      ElectronicLicences electronicLicences, ApplicationEventPublisher events) {
    this.events = events;
    this.electronicLicences = electronicLicences;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.licenceNumbers = licenceNumbers;
    this.licences = licences;
    this.notices = notices;
    this.calendar = calendar;
  }

  /**
   * Issues the grant of the case by the bureau {@code issuer} as decided by {@code decidedBy}; {@code heldNote}
   * (empty for a grant issued at once) tells on the 决定书 why it comes after the decision. Returns the licence
   * number.
   */
  public String issue(CaseFile file, Bureau issuer, String decidedBy, String heldNote) {
    ApprovalItem item = catalogue.get(file.itemCode(), file.catalogueVersion());
    String licence = licenceNumbers.next(item, file.businessScope(), issuer.regionCode());
    LocalDate validUntil = item.licenceValidity()
        .map(period -> CaseRecorder.now().toLocalDate().plus(period).minusDays(1)).orElse(null);
    caseFiles.licensed(file.caseNumber(), licence, validUntil);
    licences.issue(file, licence, validUntil, issuer.id(), decidedBy);
    Notice grant = notices.issue(file.caseNumber(), NoticeKind.GRANT, Map.of("deliveryDue",
        calendar.due(ClockUtil.getCurrentTime(), item.stageLimit(Stage.DELIVERY)), "heldNote", heldNote));
    electronicLicences.schedule(file, issuer.id());
    events.publishEvent(new LicenceDecided(file.caseNumber(), licence, LicenceStatus.VALID, grant.title(),
        grant.documentNumber(), WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime())));
    return licence;
  }
}
