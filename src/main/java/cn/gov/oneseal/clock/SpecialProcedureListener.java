package cn.gov.oneseal.clock;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 特别程序 (Licensing Law art. 45): while this task is open the case's clock is stopped; the
 * reviewer completes it with the procedure's result when it ends, and the deadlines move by the
 * working days it took.
 */
@Component("specialProcedureListener")
public class SpecialProcedureListener implements TaskListener {

  private final ClockService clocks;
  private final CaseRecorder recorder;

  public SpecialProcedureListener(ClockService clocks, CaseRecorder recorder) {
    this.clocks = clocks;
    this.recorder = recorder;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = CaseRecorder.caseNumber(task);
    FormInput in = FormInput.of(task);
    String result = in.text(FormFields.SPECIAL_PROCEDURE_RESULT, 4000);
    in.validate();
    recorder.opinion(task, "special", (String) task.getVariable(FormFields.SPECIAL_PROCEDURE), result);
    clocks.resume(caseNumber, Officer.of(task));
    task.setVariable(FormFields.REVIEW_ACTION, null);
  }
}
