package cn.gov.oneseal.dispatch;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 推送监管: the regulator signs for the decision (认领) and takes over supervision. */
@Component("signForListener")
public class SignForListener implements TaskListener {

  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;

  public SignForListener(CaseRecorder recorder, CaseFiles caseFiles) {
    this.recorder = recorder;
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    in.confirmed(FormFields.SIGNED_FOR, "请勾选“已签收”以确认接收本审批结果并纳入监管");
    String note = in.optionalText(FormFields.SIGN_FOR_NOTE, 1000);
    in.validate();
    String officer = recorder.opinion(task, "signFor", "signed", note);
    caseFiles.signedFor(CaseRecorder.caseNumber(task), CaseRecorder.now(), officer);
  }
}
