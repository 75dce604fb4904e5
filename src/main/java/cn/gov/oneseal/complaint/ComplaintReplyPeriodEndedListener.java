package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.complaint.ComplaintProcess.complaintId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code Event_ReplyPeriodEnded} of {@value ComplaintProcess#KEY}: no reply within the period, so it closes. */
@Component("complaintReplyPeriodEndedListener")
public class ComplaintReplyPeriodEndedListener implements ExecutionListener {

  private final Complaints complaints;

  public ComplaintReplyPeriodEndedListener(Complaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateExecution execution) {
    complaints.closedWithoutReply(complaintId(execution));
  }
}
