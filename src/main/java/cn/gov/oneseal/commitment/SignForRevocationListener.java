package cn.gov.oneseal.commitment;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 监管签收撤销决定 ({@code Task_SignForRevocation} of {@value CommitmentVerification#PROCESS}): the regulator
 * signs for the revocation decision, which it then supervises.
 */
@Component("signForRevocationListener")
public class SignForRevocationListener implements TaskListener {

  private final CaseRecorder recorder;
  private final VerificationSteps steps;

  public SignForRevocationListener(CaseRecorder recorder, VerificationSteps steps) {
    this.recorder = recorder;
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    in.confirmed(FormFields.SIGNED_FOR, "请确认签收撤销决定");
    in.validate();
    recorder.opinion(task, "revocation", "signedFor", steps.regulator(task) + "已签收撤销决定");
  }
}
