package cn.gov.oneseal.decision;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.commitment.CommitmentVerification;
import cn.gov.oneseal.decision.DecisionRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 告知承诺当场决定: the decider grants the licence on the signed commitment the same working day (the
 * task is due at the end of it); the licence is registered, and the regulator's verification
 * ({@link CommitmentVerification}) starts, due within the item's verification limit.
 */
@Component("commitmentDecisionListener")
public class CommitmentDecisionListener implements TaskListener {

  private final CaseRecorder recorder;
  private final DecisionRecorder decisions;
  private final CommitmentVerification verification;

  public CommitmentDecisionListener(CaseRecorder recorder, DecisionRecorder decisions,
      CommitmentVerification verification) {
    this.verification = verification;
    this.recorder = recorder;
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    in.confirmed(FormFields.COMMITMENT_REVIEWED, "请确认已核对告知承诺书与申请材料");
    String opinion = in.optionalText(FormFields.DECISION_OPINION, 4000);
    in.validate();

    String caseNumber = CaseRecorder.caseNumber(task);
    String text = "依申请人告知承诺当场准予行政许可" + (opinion == null ? "" : "；" + opinion);
    String officer = recorder.opinion(task, "decision", DecisionRecorder.GRANT, text);
    decisions.record(task, task.getTenantId(), caseNumber, DecisionRecorder.GRANT, text, officer);
    task.setVariable(FormFields.DECISION, DecisionRecorder.GRANT);
    verification.granted(caseNumber, (String) task.getVariable(CaseVariables.CASE_SUMMARY), (String) task.getVariable(CaseVariables.LICENCE_NUMBER));
  }
}
