package cn.gov.oneseal.commitment;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 整改后复查 ({@code Task_ReverifyCommitment} of {@value CommitmentVerification#PROCESS}): the regulator
 * re-verifies the ordered rectification; a licence still not meeting the commitment goes to the revocation
 * procedure.
 */
@Component("reverifyCommitmentListener")
public class ReverifyCommitmentListener implements TaskListener {

  static final Map<String, String> RESULTS = FormChoices.options("Form_ReverifyCommitment", FormFields.REVERIFICATION_RESULT);

  private final CaseRecorder recorder;
  private final Commitments commitments;
  private final VerificationSteps steps;

  public ReverifyCommitmentListener(CaseRecorder recorder, Commitments commitments, VerificationSteps steps) {
    this.recorder = recorder;
    this.commitments = commitments;
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String result = in.choice(FormFields.REVERIFICATION_RESULT);
    String findings = in.text(FormFields.REVERIFICATION_FINDINGS, 4000);
    in.validate();
    String caseNumber = CaseRecorder.caseNumber(task);
    recorder.opinion(task, "verification", result, RESULTS.get(result) + "：" + findings);
    if ("met".equals(result)) {
      commitments.status(caseNumber, CommitmentStatus.RECTIFIED, "整改合格：" + findings);
    } else {
      steps.toRevocation(task, caseNumber, "不符合承诺的条件，责令限期整改（" + task.getVariable(FormFields.VERIFICATION_FINDINGS)
          + "），整改后仍不符合：" + findings);
    }
  }
}
