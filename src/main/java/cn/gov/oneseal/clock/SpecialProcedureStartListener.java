package cn.gov.oneseal.clock;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 特别程序 (Licensing Law art. 45): when its task opens, the case's clock stops for the procedure the reviewer asked
 * for, with the expected working days and whether the applicant was told; {@link SpecialProcedureListener} resumes
 * it.
 */
@Component("specialProcedureStartListener")
public class SpecialProcedureStartListener implements TaskListener {

  private final ClockService clocks;

  public SpecialProcedureStartListener(ClockService clocks) {
    this.clocks = clocks;
  }

  @Override
  public void notify(DelegateTask task) {
    StopReason reason = StopReason.valueOf((String) task.getVariable(FormFields.SPECIAL_PROCEDURE));
    Number days = (Number) task.getVariable(FormFields.EXPECTED_WORKING_DAYS);
    clocks.stop(CaseRecorder.caseNumber(task), reason, reason.label(), days.intValue(),
        Boolean.TRUE.equals(task.getVariable(FormFields.SPECIAL_NOTICE_GIVEN)), Officer.of(task));
  }
}
