package cn.gov.oneseal.feedback;

import static cn.gov.oneseal.feedback.WrongApprovalFeedback.reportId;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 收到陈述申辩 ({@code Event_ResponseReceived} of {@value WrongApprovalFeedback#PROCESS}): the licensee's
 * 陈述申辩 (message {@code Msg_WrongApprovalResponse}, recorded by the window), kept for the decision.
 */
@Component("wrongApprovalResponseReceivedListener")
public class WrongApprovalResponseReceivedListener implements ExecutionListener {

  private final CaseRecorder recorder;
  private final WrongApprovalReports reports;

  public WrongApprovalResponseReceivedListener(CaseRecorder recorder, WrongApprovalReports reports) {
    this.recorder = recorder;
    this.reports = reports;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = FormInput.of(execution);
    String response = in.text(CaseVariables.LICENSEE_RESPONSE, "陈述申辩内容", 2000);
    in.validate();
    execution.setVariable(CaseVariables.LICENSEE_RESPONSE, response);
    recorder.opinion(execution, "wrongApproval", "response", "被许可人陈述申辩：" + response);
    reports.responded(reportId(execution), response);
  }
}
