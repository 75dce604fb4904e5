package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.complaint.ComplaintProcess.complaintId;

import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 复核投诉答复 ({@code Task_ReviewComplaint} of {@value ComplaintProcess#KEY}) completed by the bureau head: the answer
 * upheld or changed, with the opinion the complainant is told; the complaint closes.
 */
@Component("reviewComplaintListener")
public class ReviewComplaintListener implements TaskListener {

  private final Complaints complaints;
  private final ComplaintRecusal recusal;
  private final ApplicationEventPublisher events;

  public ReviewComplaintListener(Complaints complaints, ComplaintRecusal recusal, ApplicationEventPublisher events) {
    this.complaints = complaints;
    this.recusal = recusal;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = complaintId(task);
    String officer = Officer.of(task);
    recusal.reviewer(id, officer, "assignee");
    FormInput in = FormInput.of(task);
    String result = in.choice(FormFields.REVIEW_RESULT);
    String opinion = in.text(FormFields.REVIEW_OPINION, 2000);
    in.validate();
    complaints.reviewed(id, result, opinion, officer);
    events.publishEvent(new ComplaintNews(complaints.get(id), ComplaintNews.Kind.REVIEWED, null));
  }
}
