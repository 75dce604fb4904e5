package cn.gov.oneseal.feedback;

import static cn.gov.oneseal.feedback.WrongApprovalFeedback.reportId;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.feedback.WrongApprovalReports.Report;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.licence.LicenceDecided;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.notice.Remedies;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 作出处理决定 ({@code Task_DecideWrongApproval} of {@value WrongApprovalFeedback#PROCESS}) completed: either
 * an extension of the decision period is asked of the bureau head (once), or the licence is revoked, changed,
 * cancelled or kept; the register and the licensee's decision notice follow, and the regulator is answered.
 */
@Component("decideWrongApprovalListener")
public class DecideWrongApprovalListener implements TaskListener {

  static final Map<String, String> OUTCOMES = WrongApprovalFeedback.ordered("revoke", "撤销行政许可", "change",
      "变更行政许可", "cancel", "注销行政许可", "keep", "维持行政许可");

  private final CaseRecorder recorder;
  private final NoticeService notices;
  private final LicenceRegister licences;
  private final Remedies remedies;
  private final WrongApprovalReports reports;
  private final WrongApprovalRecusal recusal;
  private final WrongApprovalAnswers answers;

  private final ApplicationEventPublisher events;

  public DecideWrongApprovalListener(CaseRecorder recorder, NoticeService notices, LicenceRegister licences,
      Remedies remedies, WrongApprovalReports reports, WrongApprovalRecusal recusal, WrongApprovalAnswers answers,
      ApplicationEventPublisher events) {
    this.events = events;
    this.recorder = recorder;
    this.notices = notices;
    this.licences = licences;
    this.remedies = remedies;
    this.reports = reports;
    this.recusal = recusal;
    this.answers = answers;
  }

  @Override
  public void notify(DelegateTask task) {
    recusal.decider(task, Officer.of(task), task.getTaskDefinitionKey());
    FormInput in = FormInput.of(task);
    long id = reportId(task);
    Report report = reports.get(id);
    String action = in.choice(FormFields.DECISION_ACTION);
    if ("extension".equals(action)) {
      String reason = in.text(FormFields.EXTENSION_REASON, 2000);
      if (report.extended()) {
        in.reject(FormFields.DECISION_ACTION, "CONFLICT", "处理期限已延长过一次（" + report.extensionNote() + "），不能再延期");
      }
      in.validate();
      recorder.opinion(task, "wrongApproval", "extension", "申请延期：" + reason);
      reports.extensionNote(id, "申请延期：" + reason);
      return;
    }
    String outcome = in.choice(FormFields.WRONG_APPROVAL_OUTCOME);
    String reasons = in.text(FormFields.OUTCOME_REASONS, "处理理由", 2000);
    String changeDetails = "change".equals(outcome) ? in.text(FormFields.CHANGE_DETAILS, 1000) : null;
    in.validate();
    String caseNumber = CaseRecorder.caseNumber(task);
    String officer = recorder.opinion(task, "wrongApproval", outcome, OUTCOMES.get(outcome) + "：" + reasons);
    String outcomeText = apply(report, outcome, reasons, changeDetails, officer);
    reports.decided(id, outcome, reasons, changeDetails, officer);
    Notice document = notices.issue(caseNumber, NoticeKind.WRONG_APPROVAL_DECISION, Map.of("findings", report.findingReasons(),
        "response", String.valueOf(task.getVariable(CaseVariables.LICENSEE_RESPONSE)), "opinion", reasons, "outcome", outcomeText,
        "regulator", (String) task.getVariable(CaseVariables.REGULATOR), "remedies", "keep".equals(outcome) ? "" : remedies.text()));
    if (!"keep".equals(outcome)) {
      events.publishEvent(new LicenceDecided(caseNumber, report.licenceNumber(),
          licences.find(report.licenceNumber()).orElseThrow().status(), document.title(), document.documentNumber(),
          WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime())));
    }
    answers.answer(task, id, "经调查核实，贵单位报告的错误审批属实。本局决定" + outcomeText + "理由：" + reasons
        + "。" + NoticeKind.WRONG_APPROVAL_DECISION.title() + "已送达被许可人。");
  }

  /** The decision on the licence in the register; returns what the notice and the answer say of it. */
  private String apply(Report report, String outcome, String reasons, String changeDetails, String officer) {
    String grounds = "（错误审批，报告编号 " + report.id() + "）：";
    return switch (outcome) {
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
  }
}
