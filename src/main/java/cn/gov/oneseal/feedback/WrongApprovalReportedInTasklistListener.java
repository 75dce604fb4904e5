package cn.gov.oneseal.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code StartEvent_ReportedInTasklist} of {@value WrongApprovalFeedback#PROCESS} started: the report a
 * regulator entered on the start form in Tasklist (监管部门报告错误审批), checked and recorded by
 * {@link WrongApprovalReporting}.
 */
@Component("wrongApprovalReportedInTasklistListener")
public class WrongApprovalReportedInTasklistListener implements ExecutionListener {

  private final WrongApprovalReporting reporting;

  public WrongApprovalReportedInTasklistListener(WrongApprovalReporting reporting) {
    this.reporting = reporting;
  }

  @Override
  public void notify(DelegateExecution execution) {
    reporting.report(execution, WrongApprovalReporting.Channel.TASKLIST);
  }
}
