package cn.gov.oneseal.intake;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 视为放弃: the correction deadline passed without the applicant's corrections (市场监管行政许可程序
 * 暂行规定 art. 15; 食品经营许可和备案管理办法 art. 18): the case ends without a decision.
 */
@Component("deemedWithdrawalDelegate")
public class DeemedWithdrawalDelegate implements JavaDelegate {

  static final String REASON = "申请人无正当理由逾期未补正，视为放弃行政许可申请";

  private final CaseFiles caseFiles;
  private final CaseRecorder recorder;

  public DeemedWithdrawalDelegate(CaseFiles caseFiles, CaseRecorder recorder) {
    this.caseFiles = caseFiles;
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    recorder.opinion(execution, "intake", "withdrawn", REASON);
    caseFiles.withdrawn(execution.getProcessBusinessKey(), CaseRecorder.now(), REASON);
    execution.setVariable(FormFields.INTAKE_DECISION, "withdrawn");
  }
}
