package cn.gov.oneseal.survey;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 勘验记录: when the task opens, the participants' findings of the round are put before the lead
 * ({@code participantFindingsSummary}); on completion the lead records the staff on site (at least two,
 * Licensing Law art. 34), the findings, the attachments uploaded, the applicant's signed confirmation and
 * the unified result: pass, rectify (requirements and a deadline of 5–20 working days) or fail.
 */
@Component("surveyFindingsListener")
public class SurveyFindingsListener implements TaskListener {

  public static final String PASS = "pass";
  public static final String RECTIFY = "rectify";
  public static final String FAIL = "fail";
  static final String FORM = "Form_RecordSurveyFindings";
  static final Map<String, String> CHOICES = FormChoices.options(FORM, FormFields.SURVEY_RESULT);
  static final Map<String, String> RECTIFICATION_DAYS = FormChoices.options(FORM, FormFields.RECTIFICATION_DAYS);
  public static final String RECTIFICATION_DUE = "rectificationDue";

  private final SiteSurveys surveys;
  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;
  private final WorkingDayCalendar calendar;

  public SurveyFindingsListener(SiteSurveys surveys, CaseRecorder recorder, CaseFiles caseFiles,
      WorkingDayCalendar calendar) {
    this.surveys = surveys;
    this.recorder = recorder;
    this.caseFiles = caseFiles;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = CaseRecorder.caseNumber(task);
    SiteSurveys.Survey survey = surveys.require(caseNumber);
    FormInput in = FormInput.of(task);
    String result = in.choice(FormFields.SURVEY_RESULT, "勘验结论", CHOICES);
    String staff = in.text(FormFields.SURVEY_STAFF, 500);
    if (staff != null && Arrays.stream(staff.split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).count() < 2) {
      in.reject(FormFields.SURVEY_STAFF, "TOO_FEW", "现场勘验人员须至少两名（以顿号或逗号分隔）");
    }
    String findings = in.text(FormFields.LEAD_FINDINGS, 4000);
    in.confirmed(FormFields.APPLICANT_CONFIRMED, "勘验记录须经申请人签字确认后归档，请确认申请人已签字");
    String requirements = null;
    String days = null;
    if (RECTIFY.equals(result)) {
      requirements = in.text(FormFields.RECTIFICATION_REQUIREMENTS, 4000);
      days = in.choice(FormFields.RECTIFICATION_DAYS);
    }
    in.validate();

    WorkingDayCalendar.Deadline deadline = days == null ? null
        : calendar.due(ClockUtil.getCurrentTime(), Integer.parseInt(days));
    Date rectificationDue = deadline == null ? null : deadline.due();
    surveys.recorded(survey.id(), staff, findings, result, requirements,
        rectificationDue == null ? null : WorkingDayCalendar.offsetOf(rectificationDue), Officer.of(task));
    List<SiteSurveys.Attachment> attachments = surveys.attachments(survey.id());
    String record = "第" + survey.round() + "次勘验（" + survey.visitDate() + "）勘验人员：" + staff + "；" + findings
        + "\n参加方意见：" + participantsSummary(surveys, survey)
        + (attachments.isEmpty() ? "" : "\n附件：" + attachments.stream().map(SiteSurveys.Attachment::fileName)
            .collect(Collectors.joining("、")))
        + "\n勘验记录已经申请人签字确认"
        + (requirements == null ? "" : "\n整改要求：" + requirements + "；整改期限 " + deadline.day() + deadline.note());
    task.setVariable(CaseVariables.SURVEY_FINDINGS, record);
    if (rectificationDue != null) {
      task.setVariable(RECTIFICATION_DUE, rectificationDue);
      task.setVariable(FormFields.RECTIFICATION_REQUIREMENTS, requirements);
    }
    recorder.opinion(task, "survey", result, record);
    if (!RECTIFY.equals(result)) {
      caseFiles.status(caseNumber, CaseStatus.SURVEYED);
    }
  }

  /** The participants' findings of the survey's round, one after the other. */
  static String participantsSummary(SiteSurveys surveys, SiteSurveys.Survey survey) {
    return surveys.findings(survey.id()).stream()
        .map(f -> f.participantName() + "【" + ParticipantFindings.LABELS.getOrDefault(f.opinion(), f.opinion()) + "】"
            + f.findings())
        .collect(Collectors.joining("；"));
  }
}
