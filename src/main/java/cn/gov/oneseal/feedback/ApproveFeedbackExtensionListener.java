package cn.gov.oneseal.feedback;

import static cn.gov.oneseal.feedback.WrongApprovalFeedback.chineseDate;
import static cn.gov.oneseal.feedback.WrongApprovalFeedback.reportId;

import cn.gov.oneseal.calendar.ProvisionalWording;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.feedback.WrongApprovalReports.Report;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 批准延长处理期限 ({@code Task_ApproveFeedbackExtension} of {@value WrongApprovalFeedback#PROCESS}) completed:
 * the bureau head extends the decision period once, or refuses; either way the decision is taken next, its
 * action chosen afresh.
 */
@Component("approveFeedbackExtensionListener")
public class ApproveFeedbackExtensionListener implements TaskListener {

  static final Map<String, String> EXTENSION = FormChoices.options("Form_ApproveFeedbackExtension", FormFields.EXTENSION_APPROVED);

  private final CaseRecorder recorder;
  private final WorkingDayCalendar calendar;
  private final WrongApprovalReports reports;
  private final WrongApprovalProperties periods;

  public ApproveFeedbackExtensionListener(CaseRecorder recorder, WorkingDayCalendar calendar,
      WrongApprovalReports reports, WrongApprovalProperties periods) {
    this.recorder = recorder;
    this.calendar = calendar;
    this.reports = reports;
    this.periods = periods;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String answer = in.choice(FormFields.EXTENSION_APPROVED);
    String opinion = in.text(FormFields.EXTENSION_OPINION, 2000);
    long id = reportId(task);
    Report report = reports.get(id);
    if ("approve".equals(answer) && report.extended()) {
      in.reject(FormFields.EXTENSION_APPROVED, "CONFLICT", "处理期限已延长过一次，不能再批准延期");
    }
    in.validate();
    recorder.opinion(task, "wrongApproval", answer, EXTENSION.get(answer) + "：" + opinion);
    if ("approve".equals(answer)) {
      WorkingDayCalendar.Deadline extended = calendar.due((Date) task.getVariable(CaseVariables.DECISION_DUE),
          periods.extensionWorkingDays());
      Date due = extended.due();
      // the extended date counts from the report: provisional if the report's period touches a year without a notice
      String note = ProvisionalWording.note(calendar.provisionalYears(
          report.reportedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate(), extended.day()));
      reports.extended(id, due, report.extensionNote() + "；局负责人批准延期至 " + chineseDate(due) + note + "：" + opinion);
      task.setVariable(CaseVariables.DECISION_DUE, due);
    } else {
      reports.extensionNote(id, report.extensionNote() + "；局负责人不予批准延期：" + opinion);
    }
    // back at the decision, which is chosen afresh
    task.setVariable(FormFields.DECISION_ACTION, null);
  }
}
