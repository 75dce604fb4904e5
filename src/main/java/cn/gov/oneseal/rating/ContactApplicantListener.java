package cn.gov.oneseal.rating;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 差评整改 ({@value ServiceRatings#RECTIFICATION_PROCESS}), after 上海市优化营商环境条例 2024 art. 30 and
 * 安阳市政务服务条例 2021 art. 52: the unit that served — the window of the case's bureau, which knows
 * the case and the applicant — contacts the applicant and verifies the complaint within 1 working day
 * ({@code Task_ContactApplicant}, this listener); the rectification and the feedback to the applicant follow
 * ({@link RectifyBadRatingListener}).
 */
@Component("contactApplicantListener")
public class ContactApplicantListener implements TaskListener {

  static final Map<String, String> VERIFIED = FormChoices.options("Form_ContactApplicant", FormFields.CONTACT_VERIFICATION);

  private final CaseRecorder recorder;

  public ContactApplicantListener(CaseRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    in.confirmed(FormFields.APPLICANT_CONTACTED, "请确认已联系申请人核实差评情况");
    String verified = in.choice(FormFields.CONTACT_VERIFICATION);
    String findings = in.text(FormFields.CONTACT_FINDINGS, 2000);
    in.validate();
    recorder.opinion(task, "rating", verified, "联系核实差评：" + VERIFIED.get(verified) + "；" + findings);
  }
}
