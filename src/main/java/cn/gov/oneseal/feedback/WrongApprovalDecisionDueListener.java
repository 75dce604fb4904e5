package cn.gov.oneseal.feedback;

import static cn.gov.oneseal.feedback.WrongApprovalFeedback.reportId;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.feedback.WrongApprovalReports.Report;
import cn.gov.oneseal.process.CaseVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 作出处理决定 ({@code Task_DecideWrongApproval} of {@value WrongApprovalFeedback#PROCESS}) created: the task's
 * due date, counted afresh from the report (60 WD, 80 after an approved extension) on the calendar as it is now:
 * a provisional date computed before next year's notice was loaded is replaced by the real one (the task says
 * whether it is still provisional).
 */
@Component("wrongApprovalDecisionDueListener")
public class WrongApprovalDecisionDueListener implements TaskListener {

  private final WorkingDayCalendar calendar;
  private final WrongApprovalReports reports;
  private final WrongApprovalProperties periods;

  public WrongApprovalDecisionDueListener(WorkingDayCalendar calendar, WrongApprovalReports reports,
      WrongApprovalProperties periods) {
    this.calendar = calendar;
    this.reports = reports;
    this.periods = periods;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = reportId(task);
    Report report = reports.get(id);
    int workingDays = periods.decisionWorkingDays() + (report.extended() ? periods.extensionWorkingDays() : 0);
    Date due = calendar.deadline(Date.from(report.reportedAt().toInstant()), workingDays);
    task.setDueDate(due);
    task.setVariable(CaseVariables.DECISION_DUE, due);
    reports.decisionDue(id, due);
  }
}
