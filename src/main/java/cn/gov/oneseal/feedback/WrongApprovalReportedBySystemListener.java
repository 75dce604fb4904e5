package cn.gov.oneseal.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code StartEvent_ReportedBySystem} of {@value WrongApprovalFeedback#PROCESS} started: the report sent by
 * the regulator's system (message {@code Msg_WrongApprovalReported}, 监管部门系统报告), checked and recorded by
 * {@link WrongApprovalReporting}.
 */
@Component("wrongApprovalReportedBySystemListener")
public class WrongApprovalReportedBySystemListener implements ExecutionListener {

  private final WrongApprovalReporting reporting;

  public WrongApprovalReportedBySystemListener(WrongApprovalReporting reporting) {
    this.reporting = reporting;
  }

  @Override
  public void notify(DelegateExecution execution) {
    reporting.report(execution, WrongApprovalReporting.Channel.SYSTEM);
  }
}
