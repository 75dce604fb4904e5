package cn.gov.oneseal.feedback;

import static cn.gov.oneseal.feedback.WrongApprovalFeedback.chineseDate;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.security.Role;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The regulator's report of a wrong approval, from either start event of {@value WrongApprovalFeedback#PROCESS}:
 * the case must exist, the caller must belong to its item's regulator group (else 403), the case must have a
 * licence still in force and no report open. The report is recorded with its investigation and decision periods.
 */
@Component
class WrongApprovalReporting {

  /** Where the report came from: the regulator's Tasklist start form or its system's message. */
  enum Channel { TASKLIST, SYSTEM }

  private final CaseFiles caseFiles;
  private final CaseRecorder recorder;
  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final LicenceRegister licences;
  private final WrongApprovalReports reports;
  private final WrongApprovalProperties periods;

  WrongApprovalReporting(CaseFiles caseFiles, CaseRecorder recorder, ItemCatalogue catalogue,
      WorkingDayCalendar calendar, LicenceRegister licences, WrongApprovalReports reports,
      WrongApprovalProperties periods) {
    this.caseFiles = caseFiles;
    this.recorder = recorder;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.licences = licences;
    this.reports = reports;
    this.periods = periods;
  }

  void report(DelegateExecution execution, Channel channel) {
    FormInput in = FormInput.of(execution);
    // a system's message names the case as the variable too: it decides the bureau that handles the report
    String caseNumber = in.text(CaseVariables.CASE_NUMBER, channel == Channel.SYSTEM
        ? "办件编号（消息变量 caseNumber，与 businessKey 相同）" : "办件编号", 32);
    String facts = in.text(FormFields.REPORT_FACTS, "错误审批的事实", 2000);
    String legalBasis = in.text(FormFields.REPORT_LEGAL_BASIS, "认定错误审批的依据", 500);
    String reference = in.optionalText(FormFields.REGULATOR_REFERENCE, "监管部门文号", 100);
    String businessKey = execution.getProcessBusinessKey();
    if (caseNumber != null && businessKey != null && !businessKey.equals(caseNumber)) {
      in.reject(CaseVariables.CASE_NUMBER, "CONFLICT", "办件编号 " + caseNumber + " 与业务标识（businessKey）" + businessKey + " 不一致");
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
    long id = reports.insert(caseNumber, licence.licenceNumber(), item.regulatorGroup(), channel.name(),
        Officer.of(execution), reference, facts, legalBasis, decisionDue);
    if (businessKey == null) {
      execution.setProcessBusinessKey(caseNumber);
    }
    execution.setVariable(CaseVariables.CASE_NUMBER, caseNumber);
    execution.setVariable(FormFields.REPORT_FACTS, facts);
    execution.setVariable(FormFields.REPORT_LEGAL_BASIS, legalBasis);
    execution.setVariable(WrongApprovalFeedback.REPORT_ID, id);
    execution.setVariable(CaseVariables.ITEM_CODE, item.code());
    execution.setVariable(CaseVariables.ITEM_NAME, item.name());
    execution.setVariable(CaseVariables.REGULATOR_GROUP, item.regulatorGroup());
    execution.setVariable(CaseVariables.REGULATOR, item.regulatorDepartment());
    execution.setVariable(CaseVariables.LICENCE_NUMBER, licence.licenceNumber());
    execution.setVariable(CaseVariables.DECISION_DUE, decisionDue);
    execution.setVariable(CaseVariables.INVESTIGATION_DUE, investigationDue);
    execution.setVariable(CaseVariables.CASE_SUMMARY, file.applicantName() + "（" + file.applicantId() + "）；" + item.name()
        + "；许可证 " + licence.licenceNumber() + "（" + licence.status().label() + "）；" + item.regulatorDepartment()
        + "报告（报告编号 " + id + (reference == null ? "" : "，" + reference) + "）");
    recorder.opinion(execution, "wrongApproval", "reported", item.regulatorDepartment() + "报告错误审批（报告编号 " + id
        + "）：" + facts + "；依据：" + legalBasis + "；调查期限 " + chineseDate(investigationDue) + investigation.note()
        + "；处理期限 " + chineseDate(decisionDue) + decision.note());
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
}
