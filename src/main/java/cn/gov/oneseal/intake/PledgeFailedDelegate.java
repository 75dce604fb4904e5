package cn.gov.oneseal.intake;

import cn.gov.oneseal.casefile.CaseRecorder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stage_Supplements: the supplement deadline passed without them — the 容缺 pledge failed (Task_PledgeFailed). */
@Component("pledgeFailedDelegate")
public class PledgeFailedDelegate implements JavaDelegate {

  private final DeficiencyAcceptance deficiency;
  private final CaseRecorder recorder;

  public PledgeFailedDelegate(DeficiencyAcceptance deficiency, CaseRecorder recorder) {
    this.deficiency = deficiency;
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    recorder.opinion(execution, "supplements", "overdue", "逾期未补齐补正容缺材料");
    deficiency.failed(execution.getProcessBusinessKey(), "逾期未补齐补正容缺材料");
  }
}
