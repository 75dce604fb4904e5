package cn.gov.oneseal.feedback;

import static cn.gov.oneseal.feedback.WrongApprovalFeedback.reportId;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 监管签收错误审批答复 ({@code Task_ReceiveWrongApprovalAnswer} of {@value WrongApprovalFeedback#PROCESS})
 * completed: the regulator signs for the bureau's answer, with a note if it has one.
 */
@Component("receiveWrongApprovalAnswerListener")
public class ReceiveWrongApprovalAnswerListener implements TaskListener {

  private final CaseRecorder recorder;
  private final WrongApprovalReports reports;

  public ReceiveWrongApprovalAnswerListener(CaseRecorder recorder, WrongApprovalReports reports) {
    this.recorder = recorder;
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    in.confirmed(FormFields.ANSWER_RECEIVED, "请勾选“已签收”以确认收到本局的答复");
    String note = in.optionalText(FormFields.RECEIPT_NOTE, "签收意见", 1000);
    in.validate();
    String officer = recorder.opinion(task, "wrongApproval", "answerReceived",
        "监管部门已签收答复" + (note == null || note.isEmpty() ? "" : "：" + note));
    reports.received(reportId(task), officer);
  }
}
