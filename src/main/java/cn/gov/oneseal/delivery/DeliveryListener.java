package cn.gov.oneseal.delivery;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 制证送达: the window issues the licence (or the denial decision) and records its delivery. */
@Component("deliveryListener")
public class DeliveryListener implements TaskListener {


  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;

  public DeliveryListener(CaseRecorder recorder, CaseFiles caseFiles) {
    this.recorder = recorder;
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String method = in.choice(FormFields.DELIVERY_METHOD);
    in.confirmed(FormFields.DELIVERED, "请确认已将决定文书（及许可证）送达申请人");
    String note = in.optionalText(FormFields.DELIVERY_NOTE, 1000);
    in.validate();
    recorder.opinion(task, "delivery", method, note);
    caseFiles.delivered(CaseRecorder.caseNumber(task), CaseRecorder.now(), method);
  }
}
