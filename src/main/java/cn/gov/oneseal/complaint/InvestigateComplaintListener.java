package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.dayOf;
import static cn.gov.oneseal.complaint.ComplaintProcess.chineseDate;
import static cn.gov.oneseal.complaint.ComplaintProcess.complaintId;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.security.AsSystem;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 调查处理投诉 ({@code Task_InvestigateComplaint} of {@value ComplaintProcess#KEY}) completed: either the answer period
 * extended once, with reasons (from the old deadline), or the finding with its reasons and the answer — for a founded
 * or partly founded complaint the responsible officers and step, the measure and a rectification with its deadline,
 * kept on each officer's file ({@link Accountability}). The complainant is told (portal, SMS, e-mail) and has the
 * reply period to say whether they accept it.
 */
@Component("investigateComplaintListener")
public class InvestigateComplaintListener implements TaskListener {

  private final Complaints complaints;
  private final Accountability accountability;
  private final ComplaintRecusal recusal;
  private final WorkingDayCalendar calendar;
  private final ComplaintProperties properties;
  private final ApplicationEventPublisher events;

  public InvestigateComplaintListener(Complaints complaints, Accountability accountability, ComplaintRecusal recusal,
      WorkingDayCalendar calendar, ComplaintProperties properties, ApplicationEventPublisher events) {
    this.complaints = complaints;
    this.accountability = accountability;
    this.recusal = recusal;
    this.calendar = calendar;
    this.properties = properties;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = complaintId(task);
    String officer = Officer.of(task);
    recusal.investigator(id, officer, (String) task.getVariable(FormFields.NAMED_OFFICER), "assignee");
    FormInput in = FormInput.of(task);
    String action = in.choice(FormFields.COMPLAINT_ACTION);
    Complaint complaint = complaints.get(id);
    if ("extend".equals(action)) {
      extend(task, in, complaint);
      return;
    }
    Finding finding = Finding.of((String) task.getVariable(FormFields.COMPLAINT_FINDING)).orElse(null);
    if (finding == null) {
      in.reject(FormFields.COMPLAINT_FINDING, "REQUIRED", "请选择调查结论：属实、部分属实或不属实");
    }
    String reasons = in.text(FormFields.FINDING_REASONS, in.label(FormFields.FINDING_REASONS), 2000);
    String answer = in.text(FormFields.COMPLAINT_ANSWER, in.label(FormFields.COMPLAINT_ANSWER), 2000);
    Held held = finding != null && finding.holdsToAccount() ? held(task, in) : null;
    in.validate();
    if (held != null) {
      for (String responsible : held.officers()) {
        accountability.record(complaint, responsible, finding, held.step(), held.measure(), held.rectification(),
            held.due(), officer);
      }
    }
    Date replyDue = calendar.due(ClockUtil.getCurrentTime(), properties.replyWorkingDays()).due();
    complaints.answered(id, finding, reasons, answer, officer, replyDue);
    task.setVariable(CaseVariables.COMPLAINT_REPLY_DUE, replyDue);
    events.publishEvent(new ComplaintNews(complaints.get(id), ComplaintNews.Kind.ANSWERED, null));
  }

  /** Who is held to account, for what step, with which measure and rectification. */
  record Held(List<String> officers, String step, String measure, String rectification, LocalDate due) {}

  private Held held(DelegateTask task, FormInput in) {
    List<String> responsible = in.values(FormFields.RESPONSIBLE_OFFICERS, in.label(FormFields.RESPONSIBLE_OFFICERS));
    Set<String> known = RegisterComplaintListener.values(task, CaseVariables.OFFICER_OPTIONS);
    if (responsible.isEmpty()) {
      in.reject(FormFields.RESPONSIBLE_OFFICERS, "REQUIRED", "投诉属实或部分属实的，须选择责任人");
    } else if (!known.containsAll(responsible)) {
      in.reject(FormFields.RESPONSIBLE_OFFICERS, "INVALID_CHOICE", "责任人须从列出的人员中选择");
    }
    String step = in.text(FormFields.RESPONSIBLE_STEP, in.label(FormFields.RESPONSIBLE_STEP), 100);
    String measure = in.choice(FormFields.ACCOUNTABILITY_MEASURE, in.label(FormFields.ACCOUNTABILITY_MEASURE),
        measures());
    String rectification = in.text(FormFields.RECTIFICATION, "整改要求", 1000);
    LocalDate due = in.date(FormFields.RECTIFICATION_DUE, "整改期限");
    if (due != null && due.isBefore(dayOf(ClockUtil.getCurrentTime()))) {
      in.reject(FormFields.RECTIFICATION_DUE, "IN_PAST", "整改期限不能早于今天");
    }
    return new Held(responsible, step, measure, rectification, due);
  }

  private Map<String, String> measures() {
    Map<String, String> measures = new LinkedHashMap<>();
    properties.measures().forEach(m -> measures.put(m, m));
    return measures;
  }

  private void extend(DelegateTask task, FormInput in, Complaint complaint) {
    String reason = in.text(FormFields.EXTENSION_REASON, "延期理由", 500);
    if (complaint.extended()) {
      in.reject(FormFields.COMPLAINT_ACTION, "ALREADY_EXTENDED", "答复期限已于此前延长过一次（" + complaint.extensionReason()
          + "），不能再延长，请按期答复");
    }
    in.validate();
    WorkingDayCalendar.Deadline due = calendar.due(Date.from(complaint.answerDue().toInstant()),
        properties.extensionWorkingDays());
    complaints.extended(complaint.id(), reason, due.due());
    // the named officer's statement, still open, may be given until the new deadline
    var tasks = task.getProcessEngineServices().getTaskService();
    AsSystem.run(() -> tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKey(ComplaintSweep.STATEMENT).list().forEach(statement -> {
          statement.setDueDate(due.due());
          tasks.saveTask(statement);
        }));
    task.setVariable(CaseVariables.COMPLAINT_ANSWER_DUE, due.due());
    task.setVariable(CaseVariables.COMPLAINT_ANSWER_DUE_TEXT, chineseDate(due.due()) + due.note() + "（已延长："
        + reason + "）");
  }
}
