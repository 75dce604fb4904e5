package cn.gov.oneseal.decision;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.intake.DeficiencyAcceptance;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.notice.Remedies;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Records a decision in the case file, whoever took it (the decider, the window on the spot, a higher
 * organ): the case's clock stops for good, a denial gets its reasons and the remedies and the 不予行政许可决定书,
 * and a grant is issued ({@link GrantIssuer}: licence number, validity, register, 准予行政许可决定书) — unless the
 * case waits for 容缺 supplements: then the grant is recorded as held and issued when they are accepted
 * ({@link HeldGrantRelease}).
 */
@Component
public class DecisionRecorder {

  public static final String GRANT = "grant";
  public static final String DENY = "deny";
  /** Grant or deny, as the decision form offers them. */
  public static final Map<String, String> CHOICES = FormChoices.options("Form_DecideApplication", FormFields.DECISION);

  private final CaseFiles caseFiles;
  private final Remedies remedies;
  private final Bureaus bureaus;
  private final ClockService clocks;
  private final NoticeService notices;
  private final DeficiencyAcceptance deficiency;
  private final GrantIssuer grants;

  public DecisionRecorder(CaseFiles caseFiles, Remedies remedies, Bureaus bureaus, ClockService clocks,
      NoticeService notices, DeficiencyAcceptance deficiency, GrantIssuer grants) {
    this.caseFiles = caseFiles;
    this.remedies = remedies;
    this.bureaus = bureaus;
    this.clocks = clocks;
    this.notices = notices;
    this.deficiency = deficiency;
    this.grants = grants;
  }

  /**
   * Records the decision taken in the bureau {@code tenantId} and leaves {@code licenceNumber} on the
   * scope for a grant issued at once; that bureau issues the licence.
   */
  public void record(VariableScope scope, String tenantId, String caseNumber, String decision, String opinion,
      String decidedBy) {
    CaseFile file = caseFiles.get(caseNumber);
    clocks.finish(caseNumber);
    if (GRANT.equals(decision)) {
      // 容缺 (§5): the result is not issued until the supplements arrive, unless the item allows 领证后补交
      boolean held = deficiency.holdsResult(caseNumber);
      caseFiles.decided(caseNumber, held ? CaseStatus.GRANT_HELD : CaseStatus.GRANTED, CaseRecorder.now(), decidedBy,
          null, null, null, null);
      if (!held) {
        scope.setVariable(CaseVariables.LICENCE_NUMBER, grants.issue(file, bureaus.of(tenantId), decidedBy, ""));
      }
    } else {
      caseFiles.decided(caseNumber, CaseStatus.DENIED, CaseRecorder.now(), decidedBy, opinion, remedies.text(), null,
          null);
      notices.issue(caseNumber, NoticeKind.DENIAL, Map.of());
      deficiency.closeOnDenial(caseNumber);
    }
  }
}
