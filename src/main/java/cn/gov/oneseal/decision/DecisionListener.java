package cn.gov.oneseal.decision;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.Deadlines;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.intake.Remedies;
import cn.gov.oneseal.licence.LicenceNumbers;
import cn.gov.oneseal.review.ReviewOpinionListener;
import cn.gov.oneseal.survey.SurveyFindingsListener;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 决定: grant or deny with a mandatory opinion. 一审一核 — the officer who reviewed the case may
 * neither take nor complete the decision task. A grant after a failed site survey is refused. A
 * grant gets its licence number and validity; a denial records its reasons and the remedies.
 */
@Component("decisionListener")
public class DecisionListener implements TaskListener {

  public static final String GRANT = "grant";
  public static final String DENY = "deny";
  static final Map<String, String> CHOICES = Map.of(GRANT, "准予许可", DENY, "不予许可");

  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final LicenceNumbers licenceNumbers;
  private final Remedies remedies;

  public DecisionListener(CaseRecorder recorder, CaseFiles caseFiles, ItemCatalogue catalogue,
      LicenceNumbers licenceNumbers, Remedies remedies) {
    this.recorder = recorder;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.licenceNumbers = licenceNumbers;
    this.remedies = remedies;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      refuseReviewer(task, task.getAssignee(), "assignee");
      return;
    }
    refuseReviewer(task, Officer.of(task), "decision");
    FormInput in = FormInput.of(task);
    String decision = in.choice("decision", "审批决定", CHOICES);
    String opinion = in.text("decisionOpinion", DENY.equals(decision) ? "不予许可的理由" : "决定意见", 4000);
    if (GRANT.equals(decision) && SurveyFindingsListener.FAIL.equals(task.getVariable("surveyResult"))) {
      in.reject("decision", "CONFLICT", "现场勘验结论为不合格，不得准予许可");
    }
    in.validate();

    String caseNumber = CaseRecorder.caseNumber(task);
    String decider = recorder.opinion(task, "decision", decision, opinion);
    CaseFile file = caseFiles.get(caseNumber);
    if (GRANT.equals(decision)) {
      ApprovalItem item = catalogue.get((String) task.getVariable(Deadlines.ITEM_CODE));
      String licence = licenceNumbers.next(item, file.businessScope());
      LocalDate validUntil = CaseRecorder.now().toLocalDate().plusYears(item.licenceValidityYears()).minusDays(1);
      caseFiles.decided(caseNumber, CaseStatus.GRANTED, CaseRecorder.now(), decider, null, null, licence, validUntil);
      task.setVariable("licenceNumber", licence);
    } else {
      caseFiles.decided(caseNumber, CaseStatus.DENIED, CaseRecorder.now(), decider, opinion, remedies.text(), null,
          null);
    }
  }

  private static void refuseReviewer(DelegateTask task, String user, String field) {
    Object reviewer = task.getVariable(ReviewOpinionListener.REVIEWER);
    if (user != null && Objects.equals(user, reviewer)) {
      throw FormValidationException.of(field, "SAME_OFFICER",
          "一审一核：本案由 " + user + " 审查，审查人不得作出决定，请由其他审批决定人办理");
    }
  }
}
