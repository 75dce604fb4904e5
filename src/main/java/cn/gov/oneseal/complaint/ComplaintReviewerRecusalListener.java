package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.complaint.ComplaintProcess.complaintId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 复核投诉答复 ({@code Task_ReviewComplaint} of {@value ComplaintProcess#KEY}) claimed or assigned: the officer the
 * complaint names is refused at once ({@link ComplaintRecusal}).
 */
@Component("complaintReviewerRecusalListener")
public class ComplaintReviewerRecusalListener implements TaskListener {

  private final ComplaintRecusal recusal;

  public ComplaintReviewerRecusalListener(ComplaintRecusal recusal) {
    this.recusal = recusal;
  }

  @Override
  public void notify(DelegateTask task) {
    recusal.reviewer(complaintId(task), task.getAssignee(), "assignee");
  }
}
