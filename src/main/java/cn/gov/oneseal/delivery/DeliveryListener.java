package cn.gov.oneseal.delivery;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 制证送达: the window issues the licence (or the denial decision) and records its delivery. */
@Component("deliveryListener")
public class DeliveryListener implements TaskListener {

  static final Map<String, String> METHODS = Map.of(
      "WINDOW", "窗口领取", "POST", "邮寄送达", "ELECTRONIC", "电子送达");

  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;

  public DeliveryListener(CaseRecorder recorder, CaseFiles caseFiles) {
    this.recorder = recorder;
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String method = in.choice("deliveryMethod", "送达方式", METHODS);
    in.confirmed("delivered", "请确认已将决定文书（及许可证）送达申请人");
    String note = in.optionalText("deliveryNote", "送达说明", 1000);
    in.validate();
    recorder.opinion(task, "delivery", method, note);
    caseFiles.delivered(CaseRecorder.caseNumber(task), CaseRecorder.now(), method);
  }
}
