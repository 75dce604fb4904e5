package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.complaint.ComplaintProcess.chineseDate;
import static cn.gov.oneseal.complaint.ComplaintProcess.complaintId;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.urging.Urger;
import cn.gov.oneseal.urging.Urging;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * 登记投诉 ({@code Task_RegisterComplaint} of {@value ComplaintProcess#KEY}) completed by e-supervision: the kind as
 * found, the officer the complaint names (one who worked on the case), the investigator (a unit head of the bureau;
 * the bureau head for a complaint about a head; never the officer named), the answer's deadline from today; an urgent
 * complaint about an open case may urge its current steps (催办), as the supervisor.
 */
@Component("registerComplaintListener")
public class RegisterComplaintListener implements TaskListener {

  private final Complaints complaints;
  private final ComplaintRecusal recusal;
  private final WorkingDayCalendar calendar;
  private final ComplaintProperties properties;
  private final Urging urging;

  public RegisterComplaintListener(Complaints complaints, ComplaintRecusal recusal, WorkingDayCalendar calendar,
      ComplaintProperties properties, Urging urging) {
    this.complaints = complaints;
    this.recusal = recusal;
    this.calendar = calendar;
    this.properties = properties;
    this.urging = urging;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String kind = in.choice(FormFields.COMPLAINT_KIND);
    String named = in.optionalText(FormFields.NAMED_OFFICER, in.label(FormFields.NAMED_OFFICER), 64);
    named = named == null || named.isEmpty() ? null : named;
    if (named != null && !values(task, CaseVariables.OFFICER_OPTIONS).contains(named)) {
      in.reject(FormFields.NAMED_OFFICER, "INVALID_CHOICE", "被投诉的工作人员须从列出的人员中选择");
    }
    String investigator = in.text(FormFields.COMPLAINT_INVESTIGATOR, in.label(FormFields.COMPLAINT_INVESTIGATOR), 64);
    if (investigator != null && !values(task, CaseVariables.INVESTIGATOR_OPTIONS).contains(investigator)) {
      in.reject(FormFields.COMPLAINT_INVESTIGATOR, "INVALID_CHOICE", "调查人须从列出的单位负责人中选择");
    }
    boolean urge = Boolean.TRUE.equals(task.getVariable(FormFields.URGE_CASE));
    String note = urge ? in.text(FormFields.URGE_NOTE, in.label(FormFields.URGE_NOTE), 480) : null;
    in.validate();
    long id = complaintId(task);
    recusal.investigator(id, investigator, named, FormFields.COMPLAINT_INVESTIGATOR);
    Complaint complaint = complaints.get(id);
    if (urge) {
      urge(task, complaint, note);
    }
    WorkingDayCalendar.Deadline due = calendar.due(ClockUtil.getCurrentTime(), properties.answerWorkingDays());
    complaints.registered(id, Officer.of(task), kind, named, investigator, due.due());
    task.setVariable(FormFields.NAMED_OFFICER, named);
    task.setVariable(CaseVariables.COMPLAINT_ANSWER_DUE, due.due());
    task.setVariable(CaseVariables.COMPLAINT_ANSWER_DUE_TEXT, chineseDate(due.due()) + due.note());
    task.setVariable(CaseVariables.MEASURE_OPTIONS, Spin.JSON(properties.measures().stream()
        .map(m -> Map.of("label", m, "value", m)).toList()));
  }

  private void urge(DelegateTask task, Complaint complaint, String note) {
    if (complaint.caseNumber() == null) {
      throw FormValidationException.of(FormFields.URGE_CASE, "NO_CASE", "本投诉未涉及办件，无可催办的环节");
    }
    var caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw FormValidationException.of(FormFields.URGE_CASE, "NOT_LOGGED_IN", "催办须由登录的电子监察人员办理");
    }
    try {
      urging.urgeCase(Urger.of(caller), complaint.caseNumber(), "投诉 " + complaint.number() + "：" + note);
    } catch (ApiException refused) {
      throw FormValidationException.of(FormFields.URGE_CASE, refused.body().code(), refused.getMessage());
    }
  }

  /** The values of a select's options variable. */
  static Set<String> values(VariableScope scope, String variable) {
    Object options = scope.getVariable(variable);
    SpinJsonNode json = options instanceof SpinJsonNode node ? node : Spin.JSON(String.valueOf(options));
    return json.elements().stream().map(o -> o.prop("value").stringValue()).collect(Collectors.toSet());
  }
}
