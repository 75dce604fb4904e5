package cn.gov.oneseal.survey;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.security.Role;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 安排勘验: the lead sets the visit date (today at the earliest, the round's deadline at the latest — or,
 * once that has passed, the next working day),
 * invites departments and experts, and records the appointment made with the applicant. The invited
 * participants must file their findings by the end of the visit day (the next working day when the visit
 * falls on a rest day); who has not by then is deemed to agree (缺席默认).
 */
@Component("surveyScheduleListener")
public class SurveyScheduleListener implements TaskListener {

  public static final String FINDINGS_DUE = "findingsDue";

  private final SiteSurveys surveys;
  private final SurveyRounds rounds;
  private final WorkingDayCalendar calendar;
  private final CaseRecorder recorder;

  public SurveyScheduleListener(SiteSurveys surveys, SurveyRounds rounds, WorkingDayCalendar calendar,
      CaseRecorder recorder) {
    this.surveys = surveys;
    this.rounds = rounds;
    this.calendar = calendar;
    this.recorder = recorder;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = CaseRecorder.caseNumber(task);
    SiteSurveys.Survey survey = surveys.require(caseNumber);
    ApprovalItem item = rounds.item(task.getExecution());
    FormInput in = FormInput.of(task);
    LocalDate visit = in.date(FormFields.SURVEY_DATE, "勘验日期");
    LocalDate today = WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime());
    LocalDate limit = survey.dueAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    // a lead already past the limit (the card is raised) must still visit at once: today or the next working day
    LocalDate last = limit.isBefore(today) ? calendar.plusWorkingDays(today, 1) : limit;
    if (visit != null && (visit.isBefore(today) || visit.isAfter(last))) {
      in.reject(FormFields.SURVEY_DATE, "OUT_OF_RANGE", "勘验日期须在 " + today + " 至 " + last
          + (last.equals(limit) ? "（勘验时限）" : "（已超过勘验时限 " + limit + "，须立即安排）") + " 之间");
    }
    List<String> invited = in.values(FormFields.SURVEY_PARTICIPANTS);
    List<String> allowed = rounds.invitable(item, caseNumber).stream().map(ApprovalItem.Department::group).toList();
    List<String> absentBefore = surveys.deemedAgreeing(caseNumber);
    if (invited.isEmpty() && !in.hasErrors()) {
      in.reject(FormFields.SURVEY_PARTICIPANTS, "REQUIRED", "请至少邀请一个部门或专家参加联合勘验");
    }
    for (String group : invited) {
      if (absentBefore.contains(group)) {
        in.reject(FormFields.SURVEY_PARTICIPANTS, "DEEMED_AGREED",
            item.surveyParticipantName(group) + "上次勘验缺席，已视为同意，不得再要求另行勘验");
      } else if (!allowed.contains(group)) {
        in.reject(FormFields.SURVEY_PARTICIPANTS, "INVALID_CHOICE", group + " 不是本事项可参加勘验的部门或专家");
      }
    }
    String experts = in.optionalText(FormFields.SURVEY_EXPERTS, 500);
    if (invited.contains(Role.SURVEY_EXPERT.groupId()) && (experts == null || experts.isBlank())) {
      in.reject(FormFields.SURVEY_EXPERTS, "REQUIRED", "邀请了专家的，请填写聘请专家的姓名");
    }
    String appointment = in.text(FormFields.APPLICANT_APPOINTMENT, 1000);
    in.confirmed(FormFields.APPLICANT_NOTIFIED, "请确认已与申请人预约勘验时间");
    in.validate();

    Date findingsDue = calendar.isWorkingDay(visit) ? WorkingDayCalendar.endOfDay(visit)
        : calendar.deadline(Date.from(visit.atStartOfDay(WorkingDayCalendar.ZONE).toInstant()), 1);
    task.setVariable(FINDINGS_DUE, findingsDue);
    surveys.scheduled(survey.id(), visit, WorkingDayCalendar.offsetOf(findingsDue), invited, experts, appointment,
        Officer.of(task));
    String names = invited.stream().map(item::surveyParticipantName).collect(Collectors.joining("、"));
    recorder.opinion(task, "survey", "scheduled", "第" + survey.round() + "次勘验定于 " + visit + "；参加：" + names
        + (experts == null || experts.isBlank() ? "" : "（专家：" + experts + "）") + "；预约：" + appointment);
  }
}
