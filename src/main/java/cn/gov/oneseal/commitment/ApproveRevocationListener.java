package cn.gov.oneseal.commitment;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 批准启动撤销程序 ({@code Task_ApproveRevocation} of {@value CommitmentVerification#PROCESS}): the bureau
 * head approves the revocation procedure — the licensee is told the facts and has
 * {@value CommitmentVerification#RESPONSE_WORKING_DAYS} working days to respond (撤销行政许可告知书) — or
 * refuses it, and the licence is kept.
 */
@Component("approveRevocationListener")
public class ApproveRevocationListener implements TaskListener {

  static final Map<String, String> APPROVAL = FormChoices.options("Form_ApproveRevocation", FormFields.REVOCATION_APPROVED);

  private final CaseRecorder recorder;
  private final WorkingDayCalendar calendar;
  private final NoticeService notices;
  private final Commitments commitments;

  public ApproveRevocationListener(CaseRecorder recorder, WorkingDayCalendar calendar, NoticeService notices,
      Commitments commitments) {
    this.recorder = recorder;
    this.calendar = calendar;
    this.notices = notices;
    this.commitments = commitments;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String approval = in.choice(FormFields.REVOCATION_APPROVED);
    String opinion = "reject".equals(approval) ? in.text(FormFields.HEAD_OPINION, "不同意撤销的理由", 2000)
        : in.optionalText(FormFields.HEAD_OPINION, "意见", 2000);
    in.validate();
    String caseNumber = CaseRecorder.caseNumber(task);
    recorder.opinion(task, "revocation", approval, APPROVAL.get(approval) + (opinion == null ? "" : "：" + opinion));
    if ("reject".equals(approval)) {
      commitments.status(caseNumber, CommitmentStatus.KEPT, "局长不同意撤销：" + opinion);
      return;
    }
    WorkingDayCalendar.Deadline due = calendar.due(ClockUtil.getCurrentTime(),
        CommitmentVerification.RESPONSE_WORKING_DAYS);
    task.setVariable(CaseVariables.RESPONSE_DUE, due.due());
    task.setVariable(CaseVariables.REVOCATION_RESPONSE, "（被许可人未在期限内陈述申辩）");
    notices.issue(caseNumber, NoticeKind.REVOCATION_HEARING, Map.of("grounds", (String) task.getVariable(
        "revocationGrounds"), "responseDue", due));
  }
}
