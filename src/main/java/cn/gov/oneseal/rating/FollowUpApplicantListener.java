package cn.gov.oneseal.rating;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 回访申请人 ({@code Task_FollowUpApplicant} of {@value FollowUps#PROCESS}) completed: whether the applicant
 * was reached and what they said, and the applicant's rating if they give one on the phone (channel
 * FOLLOW_UP), unless the case is rated already.
 */
@Component("followUpApplicantListener")
public class FollowUpApplicantListener implements TaskListener {

  static final Map<String, String> RESULTS = FormChoices.options("Form_FollowUpApplicant", FormFields.FOLLOW_UP_RESULT);

  private final CaseRecorder recorder;
  private final ServiceRatings ratings;

  public FollowUpApplicantListener(CaseRecorder recorder, ServiceRatings ratings) {
    this.recorder = recorder;
    this.ratings = ratings;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String result = in.choice(FormFields.FOLLOW_UP_RESULT);
    String remarks = in.text(FormFields.FOLLOW_UP_REMARKS, "reached".equals(result) ? "申请人的意见和建议" : "联系情况", 2000);
    boolean rated = "reached".equals(result) && Boolean.TRUE.equals(task.getVariable(FormFields.RATING_GIVEN));
    String caseNumber = CaseRecorder.caseNumber(task);
    Integer grade = null;
    if (rated) {
      for (FieldError error : ServiceRatings.check(task.getVariable(FormFields.RATING_GRADE), task.getVariable(FormFields.RATING_REASON),
          "ratingGrade", "ratingReason")) {
        in.reject(error.field(), error.code(), error.message());
      }
      grade = ServiceRatings.grade(task.getVariable(FormFields.RATING_GRADE));
      ratings.find(caseNumber).ifPresent(earlier -> in.reject(FormFields.RATING_GIVEN, "ALREADY_RATED",
          "申请人已通过" + earlier.channel().label() + "评价过本办件（" + earlier.gradeLabel() + "），不能重复评价"));
    }
    in.validate();
    String officer = recorder.opinion(task, "followUp", result, RESULTS.get(result) + "：" + remarks);
    if (grade != null) {
      ratings.rate(caseNumber, grade, (String) task.getVariable(FormFields.RATING_REASON), RatingChannel.FOLLOW_UP, officer);
    }
  }
}
