package cn.gov.oneseal.returning;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 退回受理：重新受理审查 (Stage_Review, Task_RecheckIntake): the window officer's opinion on the returned intake is
 * mandatory and goes on the case's record as an opinion of the stage {@code intake}.
 */
@Component("recheckIntakeListener")
public class RecheckIntakeListener implements TaskListener {

  private final CaseRecorder recorder;

  RecheckIntakeListener(CaseRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String opinion = in.text(FormFields.RECHECK_OPINION, 4000);
    in.validate();
    recorder.opinion(task, "intake", "recheck", opinion);
  }
}
