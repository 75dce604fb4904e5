package cn.gov.oneseal.feedback;

import static cn.gov.oneseal.feedback.WrongApprovalFeedback.reportId;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 申辩期限届满 ({@code Event_ResponsePeriodEnded} of {@value WrongApprovalFeedback#PROCESS}): the licensee
 * did not respond within the response period, and the decision is taken without a response.
 */
@Component("wrongApprovalResponsePeriodEndedListener")
public class WrongApprovalResponsePeriodEndedListener implements ExecutionListener {

  static final String NO_RESPONSE = "被许可人未在期限内陈述申辩";

  private final CaseRecorder recorder;
  private final WrongApprovalReports reports;

  public WrongApprovalResponsePeriodEndedListener(CaseRecorder recorder, WrongApprovalReports reports) {
    this.recorder = recorder;
    this.reports = reports;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(CaseVariables.LICENSEE_RESPONSE, NO_RESPONSE);
    recorder.opinion(execution, "wrongApproval", "noResponse", NO_RESPONSE);
    reports.responded(reportId(execution), null);
  }
}
