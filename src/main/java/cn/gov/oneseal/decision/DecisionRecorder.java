package cn.gov.oneseal.decision;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.clock.Deadlines;
import cn.gov.oneseal.intake.DeficiencyAcceptance;
import cn.gov.oneseal.intake.Remedies;
import cn.gov.oneseal.licence.LicenceNumbers;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.catalogue.Stage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Records a decision in the case file, whoever took it (the decider, the window on the spot, a higher
 * organ): the case's clock stops for good, a grant gets its licence number and validity, a denial its
 * reasons and the remedies, and the decision notice (准予 / 不予行政许可决定书) is issued; a granted
 * licence enters the licence register.
 */
@Component
public class DecisionRecorder {

  public static final String GRANT = "grant";
  public static final String DENY = "deny";
  public static final Map<String, String> CHOICES = Map.of(GRANT, "准予许可", DENY, "不予许可");

  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final LicenceNumbers licenceNumbers;
  private final Remedies remedies;
  private final Bureaus bureaus;
  private final ClockService clocks;
  private final NoticeService notices;
  private final WorkingDayCalendar calendar;
  private final DeficiencyAcceptance deficiency;
  private final LicenceRegister licences;

  public DecisionRecorder(CaseFiles caseFiles, ItemCatalogue catalogue, LicenceNumbers licenceNumbers,
      Remedies remedies, Bureaus bureaus, ClockService clocks, NoticeService notices, WorkingDayCalendar calendar,
      DeficiencyAcceptance deficiency, LicenceRegister licences) {
    this.licences = licences;
    this.deficiency = deficiency;
    this.notices = notices;
    this.calendar = calendar;
    this.clocks = clocks;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.licenceNumbers = licenceNumbers;
    this.remedies = remedies;
    this.bureaus = bureaus;
  }

  /**
   * Records the decision taken in the bureau {@code tenantId} and leaves {@code licenceNumber} on the
   * scope for a grant; that bureau issues the licence.
   */
  public void record(VariableScope scope, String tenantId, String caseNumber, String decision, String opinion,
      String decidedBy) {
    CaseFile file = caseFiles.get(caseNumber);
    clocks.finish(caseNumber);
    if (GRANT.equals(decision)) {
      ApprovalItem item = catalogue.get((String) scope.getVariable(Deadlines.ITEM_CODE));
      String licence = licenceNumbers.next(item, file.businessScope(), bureaus.of(tenantId).regionCode());
      LocalDate validUntil = item.licenceValidity()
          .map(period -> CaseRecorder.now().toLocalDate().plus(period).minusDays(1)).orElse(null);
      caseFiles.decided(caseNumber, CaseStatus.GRANTED, CaseRecorder.now(), decidedBy, null, null, licence, validUntil);
      licences.issue(file, licence, validUntil, decidedBy);
      scope.setVariable("licenceNumber", licence);
      notices.issue(caseNumber, NoticeKind.GRANT, Map.of("deliveryDue",
          calendar.due(ClockUtil.getCurrentTime(), item.stageLimit(Stage.DELIVERY))));
    } else {
      caseFiles.decided(caseNumber, CaseStatus.DENIED, CaseRecorder.now(), decidedBy, opinion, remedies.text(), null,
          null);
      notices.issue(caseNumber, NoticeKind.DENIAL, Map.of());
      deficiency.closeOnDenial(caseNumber);
    }
  }
}
