package cn.gov.oneseal.rating;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 差评整改 ({@value ServiceRatings#RECTIFICATION_PROCESS}), after 上海市优化营商环境条例 2024 art. 30 and
 * 安阳市政务服务条例 2021 art. 52: the unit that served — the window of the case's bureau, which knows
 * the case and the applicant — contacts the applicant and verifies the complaint within 1 working day
 * ({@code Task_ContactApplicant}); the rectification and the feedback to the applicant
 * ({@code Task_RectifyBadRating}) are due 15 working days after the rating (四川 2020) and are done by
 * the supervisors (督查室 / 电子监察): a bad rating may concern any officer of the case, the window
 * included, and its result feeds the performance assessment they keep (济南条例 art. 38).
 */
@Component("badRatingRectification")
public class BadRatingRectification implements TaskListener {

  static final Map<String, String> VERIFIED = Map.of("justified", "情况属实，需要整改", "unfounded",
      "经核实不属实或非本局原因，已向申请人解释说明");
  static final Map<String, String> RESULTS = Map.of("rectified", "已整改并向申请人反馈", "explained",
      "无需整改，已向申请人解释说明");

  private final CaseRecorder recorder;
  private final ServiceRatings ratings;

  public BadRatingRectification(CaseRecorder recorder, ServiceRatings ratings) {
    this.recorder = recorder;
    this.ratings = ratings;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    switch (task.getTaskDefinitionKey()) {
      case "Task_ContactApplicant" -> {
        in.confirmed("applicantContacted", "请确认已联系申请人核实差评情况");
        String verified = in.choice("contactVerification", "核实结论", VERIFIED);
        String findings = in.text("contactFindings", "核实情况", 2000);
        in.validate();
        recorder.opinion(task, "rating", verified, "联系核实差评：" + VERIFIED.get(verified) + "；" + findings);
      }
      case "Task_RectifyBadRating" -> {
        String result = in.choice("rectificationResult", "整改结果", RESULTS);
        String measures = in.text("rectificationMeasures", "整改措施及向申请人的反馈", 2000);
        in.validate();
        String text = RESULTS.get(result) + "：" + measures;
        recorder.opinion(task, "rating", result, "差评整改：" + text);
        ratings.rectified(CaseRecorder.caseNumber(task), text);
      }
      default -> throw new IllegalStateException("badRatingRectification is not meant for " + task.getTaskDefinitionKey());
    }
  }
}
