package cn.gov.oneseal.feedback;

import static cn.gov.oneseal.feedback.WrongApprovalFeedback.reportId;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * 回避: the officers who reviewed or decided the licence do not investigate or decide the report on
 * it, and the investigator does not decide it (一审一核) — neither on claiming the task nor on completing it.
 */
@Component
class WrongApprovalRecusal {

  private final CaseFiles caseFiles;
  private final WrongApprovalReports reports;

  WrongApprovalRecusal(CaseFiles caseFiles, WrongApprovalReports reports) {
    this.caseFiles = caseFiles;
    this.reports = reports;
  }

  /** Refuses {@code user} as the investigator of the report (the error names {@code field}). */
  void investigator(DelegateTask task, String user, String field) {
    refuse(task, user, field, false);
  }

  /** Refuses {@code user} as the decider of the report (the error names {@code field}). */
  void decider(DelegateTask task, String user, String field) {
    refuse(task, user, field, true);
  }

  private void refuse(DelegateTask task, String user, String field, boolean deciding) {
    if (user == null) {
      return;
    }
    String caseNumber = CaseRecorder.caseNumber(task);
    String conflict = null;
    if (user.equals(caseFiles.get(caseNumber).decidedBy())) {
      conflict = "回避：本许可由 " + user + " 作出决定";
    } else if (caseFiles.opinions(caseNumber).stream().anyMatch(o -> "review".equals(o.stage())
        && user.equals(o.officerId()))) {
      conflict = "回避：本许可由 " + user + " 审查";
    } else if (deciding && user.equals(reports.get(reportId(task)).investigatedBy())) {
      conflict = "一审一核：本报告由 " + user + " 调查核实";
    }
    if (conflict != null) {
      throw FormValidationException.of(field, "SAME_OFFICER", conflict + "，不得办理对该许可错误审批的"
          + (deciding ? "处理决定" : "调查核实") + "，请由其他人员办理");
    }
  }
}
