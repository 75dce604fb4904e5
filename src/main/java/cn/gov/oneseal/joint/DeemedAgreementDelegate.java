package cn.gov.oneseal.joint;

import cn.gov.oneseal.casefile.CaseRecorder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 缺席默认: a department that has not answered by the opinion deadline is recorded as agreeing; it
 * may not ask for another acceptance visit afterwards.
 */
@Component("deemedAgreementDelegate")
public class DeemedAgreementDelegate implements JavaDelegate {

  private final CaseRecorder recorder;
  private final JointDepartments departments;

  public DeemedAgreementDelegate(CaseRecorder recorder, JointDepartments departments) {
    this.recorder = recorder;
    this.departments = departments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    recorder.opinion(execution, "opinions", "deemedAgree",
        departments.name(execution) + "：逾期未答复，视为同意（缺席默认），不得再要求另行验收");
  }
}
