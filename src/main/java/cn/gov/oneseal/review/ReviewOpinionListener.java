package cn.gov.oneseal.review;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.form.FormInput;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 审查: the reviewer's recommendation and mandatory opinion. The reviewer is remembered so that the
 * decision cannot be taken by the same person (一审一核).
 */
@Component("reviewOpinionListener")
public class ReviewOpinionListener implements TaskListener {

  public static final String REVIEWER = "reviewerId";
  static final Map<String, String> CHOICES = Map.of("grant", "建议准予许可", "deny", "建议不予许可");

  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;

  public ReviewOpinionListener(CaseRecorder recorder, CaseFiles caseFiles) {
    this.recorder = recorder;
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String recommendation = in.choice("reviewRecommendation", "审查建议", CHOICES);
    String opinion = in.text("reviewOpinion", "审查意见", 4000);
    in.validate();
    String reviewer = recorder.opinion(task, "review", recommendation, opinion);
    task.setVariable(REVIEWER, reviewer);
    caseFiles.status(CaseRecorder.caseNumber(task), CaseStatus.REVIEWED);
  }
}
