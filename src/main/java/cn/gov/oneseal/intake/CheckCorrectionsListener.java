package cn.gov.oneseal.intake;

import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The window checks the applicant's corrections (Task_CheckCorrections): accepted or rejected as at intake — but a
 * second correction notice is refused (一次性告知: corrections that still fall short are rejected).
 */
@Component("checkCorrectionsListener")
public class CheckCorrectionsListener implements TaskListener {

  private final IntakeDecisionListener intake;

  public CheckCorrectionsListener(IntakeDecisionListener intake) {
    this.intake = intake;
  }

  @Override
  public void notify(DelegateTask task) {
    if (IntakeDecisionListener.CORRECT.equals(task.getVariable(FormFields.INTAKE_DECISION))) {
      FormInput in = FormInput.of(task);
      in.reject(FormFields.INTAKE_DECISION, "ONE_TIME_ONLY", "补正告知只能作出一次（一次性告知）：补正后仍不符合的，应不予受理");
      in.validate();
    }
    intake.notify(task);
  }
}
