package cn.gov.oneseal.feedback;

import cn.gov.oneseal.dispatch.NotificationContent;
import cn.gov.oneseal.dispatch.NotificationKind;
import cn.gov.oneseal.feedback.WrongApprovalReports.Report;
import cn.gov.oneseal.licence.LicenceRegister;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The answer to a report of a wrong approval, as posted to the regulator's system. */
@Component
class WrongApprovalAnswerContent implements NotificationContent {

  private final WrongApprovalReports reports;
  private final LicenceRegister licences;

  WrongApprovalAnswerContent(WrongApprovalReports reports, LicenceRegister licences) {
    this.reports = reports;
    this.licences = licences;
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.WRONG_APPROVAL_ANSWER;
  }

  @Override
  public Map<String, Object> body(String caseNumber, Long reportId) {
    Report report = reports.get(reportId);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reportId", report.id());
    body.put("regulatorReference", report.regulatorReference());
    body.put("reportedAt", report.reportedAt().toString());
    body.put("finding", report.finding());
    body.put("outcome", report.outcome());
    body.put("changeDetails", report.changeDetails());
    body.put("answer", report.answer());
    body.put("answeredAt", report.answeredAt() == null ? null : report.answeredAt().toString());
    body.put("licenceStatus", licences.find(report.licenceNumber()).orElseThrow().status().name());
    return body;
  }
}
