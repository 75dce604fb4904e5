package cn.gov.oneseal.survey;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.clock.ClockProperties;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.clock.StopReason;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 整改后复勘: the applicant is told in writing what to rectify and by when, and the clock stops while
 * it does (where local rules stop it for rectification, {@code oneseal.clock}). The applicant's report
 * that it has rectified arrives as the message {@code Msg_SurveyRectificationCompleted} (correlated by
 * the case number, with {@code rectificationReport}); then the clock runs again and the lead schedules the
 * re-survey. Nothing by the deadline: the clock runs again and the survey has failed.
 */
@Component("surveyRectification")
public class SurveyRectification implements ExecutionListener {

  public static final String RECTIFIED = "RECTIFIED";
  public static final String OVERDUE = "OVERDUE";
  static final String CLOCK_STOPPED = "rectificationClockStopped";

  private final SiteSurveys surveys;
  private final ClockService clock;
  private final ClockProperties clockProperties;
  private final NoticeService notices;
  private final CaseRecorder recorder;
  private final WorkingDayCalendar calendar;

  public SurveyRectification(SiteSurveys surveys, ClockService clock, ClockProperties clockProperties,
      NoticeService notices, CaseRecorder recorder, WorkingDayCalendar calendar) {
    this.calendar = calendar;
    this.surveys = surveys;
    this.clock = clock;
    this.clockProperties = clockProperties;
    this.notices = notices;
    this.recorder = recorder;
  }

  /** Task_OrderRectification: the notice, and the clock stopped. */
  public void order(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    SiteSurveys.Survey survey = surveys.require(caseNumber);
    Date due = (Date) execution.getVariable(SurveyFindingsListener.RECTIFICATION_DUE);
    boolean stops = clockProperties.pauses(StopReason.RECTIFICATION)
        && ClockService.RUNNING.equals(clock.clock(caseNumber).state());
    if (stops) {
      clock.stop(caseNumber, StopReason.RECTIFICATION, "现场勘验后整改：" + survey.rectificationRequirements(),
          calendar.workingDaysBetween(WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime()), WorkingDayCalendar.dayOf(due)),
          true, survey.recordedBy());
    }
    execution.setVariable(CLOCK_STOPPED, stops);
    notices.issue(caseNumber, NoticeKind.SURVEY_RECTIFICATION, Map.of(
        "visitDate", NoticeService.CHINESE_DATE.format(survey.visitDate()),
        "requirements", survey.rectificationRequirements(),
        "rectificationDue", calendar.known(ClockUtil.getCurrentTime(), due)));
  }

  /** End listener of the message event: the applicant's report must say what was done. */
  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = FormInput.of(execution);
    String report = in.text(CaseVariables.RECTIFICATION_REPORT, "整改情况说明", 4000);
    in.validate();
    recorder.opinion(execution, "survey", "rectified", "申请人报告整改完成：" + report);
  }

  /** Task_ResumeAfterRectification: the clock runs again; the lead schedules the re-survey. */
  public void rectified(DelegateExecution execution) {
    close(execution, RECTIFIED);
  }

  /** Task_CloseOverdueRectification: the deadline passed without a report; the survey failed. */
  public void overdue(DelegateExecution execution) {
    close(execution, OVERDUE);
    String text = "申请人逾期未整改，现场勘验结论为不合格";
    execution.setVariable(FormFields.SURVEY_RESULT, SurveyFindingsListener.FAIL);
    execution.setVariable(CaseVariables.SURVEY_FINDINGS, execution.getVariable(CaseVariables.SURVEY_FINDINGS) + "\n" + text);
    recorder.opinion(execution, "survey", SurveyFindingsListener.FAIL, text);
  }

  private void close(DelegateExecution execution, String outcome) {
    String caseNumber = execution.getProcessBusinessKey();
    if (Boolean.TRUE.equals(execution.getVariable(CLOCK_STOPPED))) {
      clock.resume(caseNumber, "system");
    }
    surveys.rectificationClosed(surveys.require(caseNumber).id(), outcome);
  }
}
