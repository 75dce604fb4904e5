package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.complaint.ComplaintProcess.complaintId;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code Event_ReplyReceived} of {@value ComplaintProcess#KEY}: the complainant said through the portal whether they
 * accept the answer (checked by the API); accepted closes the complaint, not accepted sends it to the bureau's heads
 * (but the officer it names).
 */
@Component("complaintReplyReceivedListener")
public class ComplaintReplyReceivedListener implements ExecutionListener {

  private final Complaints complaints;
  private final ComplaintProperties properties;
  private final WorkingDayCalendar calendar;
  private final ComplaintOfficers officers;

  public ComplaintReplyReceivedListener(Complaints complaints, ComplaintProperties properties,
      WorkingDayCalendar calendar, ComplaintOfficers officers) {
    this.officers = officers;
    this.complaints = complaints;
    this.properties = properties;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean accepted = Boolean.TRUE.equals(execution.getVariable(CaseVariables.COMPLAINT_ACCEPTED));
    execution.setVariable(CaseVariables.COMPLAINT_ACCEPTED, accepted);
    complaints.replied(complaintId(execution), accepted, (String) execution.getVariable(CaseVariables.REPLY_COMMENT));
    if (!accepted) {
      Complaint complaint = complaints.get(complaintId(execution));
      execution.setVariable(CaseVariables.COMPLAINT_REVIEW_DUE, calendar.due(
          ClockUtil.getCurrentTime(), properties.reviewWorkingDays()).due());
      // the review goes to the bureau's heads as candidate users, so that a head the complaint names neither sees
      // nor reads it (a candidate group would let them)
      execution.setVariable(CaseVariables.COMPLAINT_REVIEWERS, officers.bureauHeadsBut(complaint.bureauId(),
          complaint.namedOfficer()));
    }
  }
}
