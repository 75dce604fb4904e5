package cn.gov.oneseal.decision;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.commitment.CommitmentVerification;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.intake.Acceptance;
import cn.gov.oneseal.intake.CommitmentAcceptance;
import cn.gov.oneseal.intake.IntakeDecisionListener;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.notice.Remedies;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 即办件: the window accepts and decides on the spot in one task (Licensing Law art. 34) and hands
 * the result over at once — or rejects the application with reasons. A grant may rest on the
 * applicant's signed commitment (告知承诺, where the rules allow it): the 告知承诺书 is produced and the
 * regulator's verification starts.
 */
@Component("onTheSpotDecisionListener")
public class OnTheSpotDecisionListener implements TaskListener {


  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;
  private final DecisionRecorder decisions;
  private final Remedies remedies;
  private final Acceptance acceptance;
  private final NoticeService notices;
  private final CommitmentAcceptance commitment;
  private final CommitmentVerification verification;

  public OnTheSpotDecisionListener(CaseRecorder recorder, CaseFiles caseFiles, DecisionRecorder decisions,
      Remedies remedies, Acceptance acceptance, NoticeService notices, CommitmentAcceptance commitment,
      CommitmentVerification verification) {
    this.commitment = commitment;
    this.verification = verification;
    this.recorder = recorder;
    this.caseFiles = caseFiles;
    this.decisions = decisions;
    this.remedies = remedies;
    this.acceptance = acceptance;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String intake = in.choice(FormFields.INTAKE_DECISION);
    String decision = null;
    String method = null;
    if (IntakeDecisionListener.ACCEPT.equals(intake)) {
      decision = in.choice(FormFields.DECISION);
      method = in.choice(FormFields.DELIVERY_METHOD);
      in.confirmed(FormFields.DELIVERED, "请确认已当场将决定书（及许可证）交付申请人");
    }
    String caseNumber = CaseRecorder.caseNumber(task);
    boolean byCommitment = decision != null && Boolean.TRUE.equals(task.getVariable(FormFields.BY_COMMITMENT));
    if (byCommitment) {
      if (!DecisionRecorder.GRANT.equals(decision)) {
        in.reject(FormFields.BY_COMMITMENT, "GRANT_ONLY", "告知承诺只用于准予许可");
      }
      commitment.refusal(caseFiles.get(caseNumber)).ifPresent(reason -> in.reject(FormFields.BY_COMMITMENT, "NOT_ELIGIBLE",
          "不适用告知承诺：" + reason + "；请按一般程序办理（提交证明材料）"));
      in.confirmed(FormFields.COMMITMENT_SIGNED, "申请人须当场签署《行政许可告知承诺书》");
    }
    String opinion = in.text(FormFields.DECISION_OPINION, "决定意见或理由", 4000);
    in.validate();

    var now = offsetOf(ClockUtil.getCurrentTime());
    if (decision == null) {
      recorder.opinion(task, "intake", intake, opinion);
      caseFiles.rejected(caseNumber, now, opinion, remedies.text());
      notices.issue(caseNumber, NoticeKind.REJECTION, Map.of());
      return;
    }
    String officer = recorder.opinion(task, "decision", decision, opinion);
    // decided on the spot: no separate acceptance voucher (市场监管行政许可程序暂行规定 art. 17)
    acceptance.accept(caseNumber, ClockUtil.getCurrentTime(), false);
    if (byCommitment) {
      commitment.signed(caseFiles.get(caseNumber), officer);
    }
    decisions.record(task, task.getTenantId(), caseNumber, decision, opinion, officer);
    if (byCommitment) {
      verification.granted(caseNumber, (String) task.getVariable(CaseVariables.CASE_SUMMARY), (String) task.getVariable(CaseVariables.LICENCE_NUMBER));
    }
    caseFiles.delivered(caseNumber, now, method);
  }
}
