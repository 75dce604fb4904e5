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
 * 差评整改与反馈 ({@code Task_RectifyBadRating} of {@value ServiceRatings#RECTIFICATION_PROCESS}): the
 * rectification and the feedback to the applicant are due 15 working days after the rating (四川 2020) and
 * are done by the supervisors (督查室 / 电子监察): a bad rating may concern any officer of the case, the window
 * included, and its result feeds the performance assessment they keep (济南条例 art. 38). The result is
 * recorded on the rating.
 */
@Component("rectifyBadRatingListener")
public class RectifyBadRatingListener implements TaskListener {

  static final Map<String, String> RESULTS = FormChoices.options("Form_RectifyBadRating", FormFields.RECTIFICATION_RESULT);

  private final CaseRecorder recorder;
  private final ServiceRatings ratings;

  public RectifyBadRatingListener(CaseRecorder recorder, ServiceRatings ratings) {
    this.recorder = recorder;
    this.ratings = ratings;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String result = in.choice(FormFields.RECTIFICATION_RESULT);
    String measures = in.text(FormFields.RECTIFICATION_MEASURES, 2000);
    in.validate();
    String text = RESULTS.get(result) + "：" + measures;
    recorder.opinion(task, "rating", result, "差评整改：" + text);
    ratings.rectified(CaseRecorder.caseNumber(task), text);
  }
}
