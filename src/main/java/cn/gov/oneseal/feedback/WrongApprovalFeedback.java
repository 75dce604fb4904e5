package cn.gov.oneseal.feedback;

import cn.gov.oneseal.calendar.ProvisionalWording;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.feedback.WrongApprovalReports.Report;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.notice.Remedies;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.security.Role;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 错误审批反馈 ({@value #PROCESS}, Licensing Law art. 69): a regulator reports a wrong approval —
 * in Tasklist (start form) or from its system (message {@code Msg_WrongApprovalReported}) — for a
 * case of an item it supervises that has a licence; the bureau investigates; if founded, the licensee
 * is told the facts and may respond within the response period; the decision (revoke, change, cancel
 * or keep the licence) is due within the decision period of the report, once extensible by the bureau
 * head; the register and the licensee's decision notice follow; the answer is recorded and goes to
 * the regulator (its Tasklist and its system). The periods are {@link WrongApprovalProperties}.
 */
@Component("wrongApprovalFeedback")
public class WrongApprovalFeedback implements ExecutionListener, TaskListener {

  public static final String PROCESS = "Supervision_WrongApprovalFeedback";
  public static final String REPORT_ID = "reportId";
  static final String NO_RESPONSE = "被许可人未在期限内陈述申辩";
  static final Map<String, String> FINDINGS = Map.of("founded", "错误审批属实", "unfounded", "错误审批不成立");
  static final Map<String, String> PROPOSALS = ordered("revoke", "撤销", "change", "变更", "cancel", "注销");
  static final Map<String, String> OUTCOMES = ordered("revoke", "撤销行政许可", "change", "变更行政许可", "cancel",
      "注销行政许可", "keep", "维持行政许可");
  static final Map<String, String> ACTIONS = Map.of("decide", "作出处理决定", "extension", "申请延期");
  static final Map<String, String> EXTENSION = Map.of("approve", "批准延期", "refuse", "不予批准");

  private final CaseFiles caseFiles;
  private final CaseRecorder recorder;
  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final NoticeService notices;
  private final LicenceRegister licences;
  private final Remedies remedies;
  private final WrongApprovalReports reports;
  private final WrongApprovalProperties periods;

  public WrongApprovalFeedback(CaseFiles caseFiles, CaseRecorder recorder, ItemCatalogue catalogue,
      WorkingDayCalendar calendar, NoticeService notices, LicenceRegister licences, Remedies remedies,
      WrongApprovalReports reports, WrongApprovalProperties periods) {
    this.caseFiles = caseFiles;
    this.recorder = recorder;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.notices = notices;
    this.licences = licences;
    this.remedies = remedies;
    this.reports = reports;
    this.periods = periods;
  }

  @Override
  public void notify(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case "StartEvent_ReportedInTasklist" -> report(execution, "TASKLIST");
      case "StartEvent_ReportedBySystem" -> report(execution, "SYSTEM");
      case "Event_ResponseReceived" -> responded(execution);
      case "Event_ResponsePeriodEnded" -> noResponse(execution);
      default -> throw new IllegalStateException("wrongApprovalFeedback is not meant for " + execution.getCurrentActivityId());
    }
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      refuseConflicted(task, task.getAssignee(), "assignee");
      return;
    }
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      decisionDue(task);
      return;
    }
    refuseConflicted(task, Officer.of(task), task.getTaskDefinitionKey());
    FormInput in = FormInput.of(task);
    switch (task.getTaskDefinitionKey()) {
      case "Task_InvestigateWrongApproval" -> investigate(task, in);
      case "Task_DecideWrongApproval" -> decide(task, in);
      case "Task_ApproveFeedbackExtension" -> approveExtension(task, in);
      case "Task_ReceiveWrongApprovalAnswer" -> receive(task, in);
      default -> throw new IllegalStateException("wrongApprovalFeedback is not meant for " + task.getTaskDefinitionKey());
    }
  }

  /**
   * The report, from either start event: the case must exist, the caller must belong to its item's
   * regulator group (else 403), the case must have a licence still in force and no report open.
   */
  private void report(DelegateExecution execution, String channel) {
    FormInput in = FormInput.of(execution);
    // a system's message names the case as the variable too: it decides the bureau that handles the report
    String caseNumber = in.text("caseNumber", "SYSTEM".equals(channel) ? "办件编号（消息变量 caseNumber，与 businessKey 相同）"
        : "办件编号", 32);
    String facts = in.text("reportFacts", "错误审批的事实", 2000);
    String legalBasis = in.text("reportLegalBasis", "认定错误审批的依据", 500);
    String reference = in.optionalText("regulatorReference", "监管部门文号", 100);
    String businessKey = execution.getProcessBusinessKey();
    if (caseNumber != null && businessKey != null && !businessKey.equals(caseNumber)) {
      in.reject("caseNumber", "CONFLICT", "办件编号 " + caseNumber + " 与业务标识（businessKey）" + businessKey + " 不一致");
    }
    in.validate();
    CaseFile file = caseFiles.find(caseNumber).orElseThrow(() -> FormValidationException.of("caseNumber",
        "NOT_FOUND", "办件编号 " + caseNumber + " 不存在"));
    ApprovalItem item = catalogue.get(file.itemCode());
    requireRegulator(execution, item);
    var licence = file.licenceNumber() == null ? null : licences.find(file.licenceNumber()).orElse(null);
    if (licence == null) {
      throw FormValidationException.of("caseNumber", "NO_LICENCE", "办件 " + caseNumber + " 未准予行政许可，没有许可证，"
          + "无错误审批可报告");
    }
    if (licence.status() == LicenceStatus.REVOKED || licence.status() == LicenceStatus.CANCELLED) {
      throw FormValidationException.of("caseNumber", "LICENCE_ENDED", "办件 " + caseNumber + " 的许可证 "
          + licence.licenceNumber() + " " + licence.status().label() + "，无需再报告错误审批");
    }
    reports.ofCase(caseNumber).stream().filter(r -> r.status().open()).findFirst().ifPresent(open -> {
      throw FormValidationException.of("caseNumber", "CONFLICT", "办件 " + caseNumber + " 已有正在处理的错误审批报告（编号 "
          + open.id() + "，" + open.reportedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate() + " 报告），请待本局答复后再报告");
    });

    // a period running into a year whose holiday notice is not loaded counts that year's statutory holidays,
    // says so, and is recomputed when the notice is loaded
    Date now = ClockUtil.getCurrentTime();
    WorkingDayCalendar.Deadline decision = calendar.due(now, periods.decisionWorkingDays());
    Date decisionDue = decision.due();
    WorkingDayCalendar.Deadline investigation = calendar.due(now, Math.min(periods.investigationWorkingDays(),
        periods.decisionWorkingDays()));
    Date investigationDue = investigation.due();
    long id = reports.insert(caseNumber, licence.licenceNumber(), item.regulatorGroup(), channel,
        Officer.of(execution), reference, facts, legalBasis, decisionDue);
    if (businessKey == null) {
      execution.setProcessBusinessKey(caseNumber);
    }
    execution.setVariable("caseNumber", caseNumber);
    execution.setVariable("reportFacts", facts);
    execution.setVariable("reportLegalBasis", legalBasis);
    execution.setVariable(REPORT_ID, id);
    execution.setVariable("itemCode", item.code());
    execution.setVariable("itemName", item.name());
    execution.setVariable("regulatorGroup", item.regulatorGroup());
    execution.setVariable("regulator", item.regulatorDepartment());
    execution.setVariable("licenceNumber", licence.licenceNumber());
    execution.setVariable("decisionDue", decisionDue);
    execution.setVariable("investigationDue", investigationDue);
    execution.setVariable("caseSummary", file.applicantName() + "（" + file.applicantId() + "）；" + item.name()
        + "；许可证 " + licence.licenceNumber() + "（" + licence.status().label() + "）；" + item.regulatorDepartment()
        + "报告（报告编号 " + id + (reference == null ? "" : "，" + reference) + "）");
    recorder.opinion(execution, "wrongApproval", "reported", item.regulatorDepartment() + "报告错误审批（报告编号 " + id
        + "）：" + facts + "；依据：" + legalBasis + "；调查期限 " + chineseDate(investigationDue) + investigation.note()
        + "；处理期限 " + chineseDate(decisionDue) + decision.note());
  }

  /**
   * 回避: the officers who reviewed or decided the licence do not investigate or decide the report on
   * it, and the investigator does not decide it (一审一核) — neither on claiming the task nor on completing it.
   */
  private void refuseConflicted(DelegateTask task, String user, String field) {
    String key = task.getTaskDefinitionKey();
    if (user == null || !(key.equals("Task_InvestigateWrongApproval") || key.equals("Task_DecideWrongApproval"))) {
      return;
    }
    String caseNumber = CaseRecorder.caseNumber(task);
    String conflict = null;
    if (user.equals(caseFiles.get(caseNumber).decidedBy())) {
      conflict = "回避：本许可由 " + user + " 作出决定";
    } else if (caseFiles.opinions(caseNumber).stream().anyMatch(o -> "review".equals(o.stage())
        && user.equals(o.officerId()))) {
      conflict = "回避：本许可由 " + user + " 审查";
    } else if (key.equals("Task_DecideWrongApproval") && user.equals(reports.get(reportId(task)).investigatedBy())) {
      conflict = "一审一核：本报告由 " + user + " 调查核实";
    }
    if (conflict != null) {
      throw FormValidationException.of(field, "SAME_OFFICER", conflict + "，不得办理对该许可错误审批的"
          + (key.equals("Task_DecideWrongApproval") ? "处理决定" : "调查核实") + "，请由其他人员办理");
    }
  }

  /** Only the item's regulator (or an administrator) reports its wrong approvals: 403 otherwise. */
  private static void requireRegulator(DelegateExecution execution, ApprovalItem item) {
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (caller == null || caller.getUserId() == null) {
      throw new AuthorizationException("错误审批须由" + item.name() + "的监管部门" + item.regulatorDepartment() + "（"
          + item.regulatorGroup() + "）的人员报告");
    }
    if (!groups.contains(item.regulatorGroup()) && !groups.contains(Role.ADMIN_GROUP)) {
      throw new AuthorizationException(caller.getUserId() + " 不属于" + item.name() + "的监管部门"
          + item.regulatorDepartment() + "（" + item.regulatorGroup() + "），不能报告该事项的错误审批");
    }
  }

  private void investigate(DelegateTask task, FormInput in) {
    String finding = in.choice("investigationFinding", "调查结论", FINDINGS);
    String reasons = in.text("investigationReasons", "调查认定的事实和理由", 2000);
    String proposed = "founded".equals(finding) ? in.choice("proposedOutcome", "拟作出的处理", PROPOSALS) : null;
    in.validate();
    long id = reportId(task);
    String officer = recorder.opinion(task, "wrongApproval", finding, FINDINGS.get(finding) + "：" + reasons);
    if ("unfounded".equals(finding)) {
      reports.investigated(id, finding, reasons, null, officer, null);
      answered(task, id, "经调查核实，贵单位报告的错误审批不成立，本局维持该行政许可。理由：" + reasons);
      return;
    }
    WorkingDayCalendar.Deadline responseDue = calendar.due(ClockUtil.getCurrentTime(), periods.responseWorkingDays());
    reports.investigated(id, finding, reasons, proposed, officer, responseDue.due());
    task.setVariable("responseDue", responseDue.due());
    notices.issue(CaseRecorder.caseNumber(task), NoticeKind.WRONG_APPROVAL_HEARING, Map.of("facts",
        (String) task.getVariable("reportFacts"), "findings", reasons, "proposedAction", PROPOSALS.get(proposed),
        "regulator", (String) task.getVariable("regulator"), "responseDue", responseDue));
  }

  /** The licensee's 陈述申辩 (message {@code Msg_WrongApprovalResponse}, recorded by the window). */
  private void responded(DelegateExecution execution) {
    FormInput in = FormInput.of(execution);
    String response = in.text("licenseeResponse", "陈述申辩内容", 2000);
    in.validate();
    execution.setVariable("licenseeResponse", response);
    recorder.opinion(execution, "wrongApproval", "response", "被许可人陈述申辩：" + response);
    reports.responded(reportId(execution), response);
  }

  private void noResponse(DelegateExecution execution) {
    execution.setVariable("licenseeResponse", NO_RESPONSE);
    recorder.opinion(execution, "wrongApproval", "noResponse", NO_RESPONSE);
    reports.responded(reportId(execution), null);
  }

  private void decide(DelegateTask task, FormInput in) {
    long id = reportId(task);
    Report report = reports.get(id);
    String action = in.choice("decisionAction", "办理方式", ACTIONS);
    if ("extension".equals(action)) {
      String reason = in.text("extensionReason", "延期理由", 2000);
      if (report.extended()) {
        in.reject("decisionAction", "CONFLICT", "处理期限已延长过一次（" + report.extensionNote() + "），不能再延期");
      }
      in.validate();
      recorder.opinion(task, "wrongApproval", "extension", "申请延期：" + reason);
      reports.extensionNote(id, "申请延期：" + reason);
      return;
    }
    String outcome = in.choice("wrongApprovalOutcome", "处理决定", OUTCOMES);
    String reasons = in.text("outcomeReasons", "处理理由", 2000);
    String changeDetails = "change".equals(outcome) ? in.text("changeDetails", "变更内容", 1000) : null;
    in.validate();
    String caseNumber = CaseRecorder.caseNumber(task);
    String officer = recorder.opinion(task, "wrongApproval", outcome, OUTCOMES.get(outcome) + "：" + reasons);
    String grounds = "（错误审批，报告编号 " + id + "）：";
    String outcomeText = switch (outcome) {
      case "revoke" -> {
        licences.changeStatus(report.licenceNumber(), LicenceStatus.REVOKED, "撤销行政许可" + grounds + reasons, officer);
        yield "撤销该行政许可，许可证自本决定送达之日起失效。";
      }
      case "change" -> {
        licences.changeStatus(report.licenceNumber(), LicenceStatus.CHANGED, "变更行政许可" + grounds + changeDetails,
            officer);
        yield "变更该行政许可：" + changeDetails + "。";
      }
      case "cancel" -> {
        licences.changeStatus(report.licenceNumber(), LicenceStatus.CANCELLED, "注销行政许可" + grounds + reasons,
            officer);
        yield "注销该行政许可。";
      }
      default -> "维持该行政许可。";
    };
    reports.decided(id, outcome, reasons, changeDetails, officer);
    notices.issue(caseNumber, NoticeKind.WRONG_APPROVAL_DECISION, Map.of("findings", report.findingReasons(),
        "response", String.valueOf(task.getVariable("licenseeResponse")), "opinion", reasons, "outcome", outcomeText,
        "regulator", (String) task.getVariable("regulator"), "remedies", "keep".equals(outcome) ? "" : remedies.text()));
    answered(task, id, "经调查核实，贵单位报告的错误审批属实。本局决定" + outcomeText + "理由：" + reasons
        + "。" + NoticeKind.WRONG_APPROVAL_DECISION.title() + "已送达被许可人。");
  }

  /**
   * The decision task's due date, counted afresh from the report (60 WD, 80 after an approved extension)
   * on the calendar as it is now: a provisional date computed before next year's notice was loaded is
   * replaced by the real one (the task says whether it is still provisional).
   */
  private void decisionDue(DelegateTask task) {
    long id = reportId(task);
    Report report = reports.get(id);
    int workingDays = periods.decisionWorkingDays() + (report.extended() ? periods.extensionWorkingDays() : 0);
    Date due = calendar.deadline(Date.from(report.reportedAt().toInstant()), workingDays);
    task.setDueDate(due);
    task.setVariable("decisionDue", due);
    reports.decisionDue(id, due);
  }

  private void approveExtension(DelegateTask task, FormInput in) {
    String answer = in.choice("extensionApproved", "审批意见", EXTENSION);
    String opinion = in.text("extensionOpinion", "意见说明", 2000);
    long id = reportId(task);
    Report report = reports.get(id);
    if ("approve".equals(answer) && report.extended()) {
      in.reject("extensionApproved", "CONFLICT", "处理期限已延长过一次，不能再批准延期");
    }
    in.validate();
    recorder.opinion(task, "wrongApproval", answer, EXTENSION.get(answer) + "：" + opinion);
    if ("approve".equals(answer)) {
      WorkingDayCalendar.Deadline extended = calendar.due((Date) task.getVariable("decisionDue"),
          periods.extensionWorkingDays());
      Date due = extended.due();
      // the extended date counts from the report: provisional if the report's period touches a year without a notice
      String note = ProvisionalWording.note(calendar.provisionalYears(
          report.reportedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate(), extended.day()));
      reports.extended(id, due, report.extensionNote() + "；局负责人批准延期至 " + chineseDate(due) + note + "：" + opinion);
      task.setVariable("decisionDue", due);
    } else {
      reports.extensionNote(id, report.extensionNote() + "；局负责人不予批准延期：" + opinion);
    }
    // back at the decision, which is chosen afresh
    task.setVariable("decisionAction", null);
  }

  private void receive(DelegateTask task, FormInput in) {
    in.confirmed("answerReceived", "请勾选“已签收”以确认收到本局的答复");
    String note = in.optionalText("receiptNote", "签收意见", 1000);
    in.validate();
    String officer = recorder.opinion(task, "wrongApproval", "answerReceived",
        "监管部门已签收答复" + (note == null || note.isEmpty() ? "" : "：" + note));
    reports.received(reportId(task), officer);
  }

  /** The bureau's answer to the regulator, recorded and shown in the regulator's task. */
  private void answered(VariableScope scope, long id, String answer) {
    reports.answered(id, answer);
    scope.setVariable("regulatorAnswer", answer);
  }

  private static long reportId(VariableScope scope) {
    return ((Number) scope.getVariable(REPORT_ID)).longValue();
  }

  private static String chineseDate(Date date) {
    return NoticeService.CHINESE_DATE.format(WorkingDayCalendar.dayOf(date));
  }

  private static Map<String, String> ordered(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
