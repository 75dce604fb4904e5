package cn.gov.oneseal.feedback;

import static cn.gov.oneseal.feedback.WrongApprovalFeedback.reportId;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
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
 * 调查核实错误审批 ({@code Task_InvestigateWrongApproval} of {@value WrongApprovalFeedback#PROCESS}) completed:
 * an unfounded report is answered to the regulator at once; a founded one proposes what to do with the
 * licence, and the licensee is told the facts and may respond within the response period (the hearing notice).
 */
@Component("investigateWrongApprovalListener")
public class InvestigateWrongApprovalListener implements TaskListener {

  static final Map<String, String> FINDINGS = FormChoices.options("Form_InvestigateWrongApproval", FormFields.INVESTIGATION_FINDING);
  static final Map<String, String> PROPOSALS = WrongApprovalFeedback.ordered("revoke", "撤销", "change", "变更",
      "cancel", "注销");

  private final CaseRecorder recorder;
  private final WorkingDayCalendar calendar;
  private final NoticeService notices;
  private final WrongApprovalReports reports;
  private final WrongApprovalProperties periods;
  private final WrongApprovalRecusal recusal;
  private final WrongApprovalAnswers answers;

  public InvestigateWrongApprovalListener(CaseRecorder recorder, WorkingDayCalendar calendar, NoticeService notices,
      WrongApprovalReports reports, WrongApprovalProperties periods, WrongApprovalRecusal recusal,
      WrongApprovalAnswers answers) {
    this.recorder = recorder;
    this.calendar = calendar;
    this.notices = notices;
    this.reports = reports;
    this.periods = periods;
    this.recusal = recusal;
    this.answers = answers;
  }

  @Override
  public void notify(DelegateTask task) {
    recusal.investigator(task, Officer.of(task), task.getTaskDefinitionKey());
    FormInput in = FormInput.of(task);
    String finding = in.choice(FormFields.INVESTIGATION_FINDING);
    String reasons = in.text(FormFields.INVESTIGATION_REASONS, 2000);
    String proposed = "founded".equals(finding) ? in.choice(FormFields.PROPOSED_OUTCOME, "拟作出的处理", PROPOSALS) : null;
    in.validate();
    long id = reportId(task);
    String officer = recorder.opinion(task, "wrongApproval", finding, FINDINGS.get(finding) + "：" + reasons);
    if ("unfounded".equals(finding)) {
      reports.investigated(id, finding, reasons, null, officer, null);
      answers.answer(task, id, "经调查核实，贵单位报告的错误审批不成立，本局维持该行政许可。理由：" + reasons);
      return;
    }
    WorkingDayCalendar.Deadline responseDue = calendar.due(ClockUtil.getCurrentTime(), periods.responseWorkingDays());
    reports.investigated(id, finding, reasons, proposed, officer, responseDue.due());
    task.setVariable(CaseVariables.RESPONSE_DUE, responseDue.due());
    notices.issue(CaseRecorder.caseNumber(task), NoticeKind.WRONG_APPROVAL_HEARING, Map.of("facts",
        (String) task.getVariable(FormFields.REPORT_FACTS), "findings", reasons, "proposedAction", PROPOSALS.get(proposed),
        "regulator", (String) task.getVariable(CaseVariables.REGULATOR), "responseDue", responseDue));
  }
}
