package cn.gov.oneseal.regulator;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.feedback.WrongApprovalFeedback;
import cn.gov.oneseal.feedback.WrongApprovalReports;
import cn.gov.oneseal.support.Applications;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 错误审批反馈 over the API: a regulator's system reports a wrong approval and reads the bureau's answer. */
@SuppressWarnings({"rawtypes", "unchecked"})
class RegulatorWrongApprovalApiTest extends RegulatorApiTest {

  static final String REPORTS = "/api/v1/regulator/wrong-approval-reports";

  @Autowired WrongApprovalReports reports;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  static Map<String, Object> report(String caseNumber) {
    Map<String, Object> body = new HashMap<>();
    body.put("caseNumber", caseNumber);
    body.put("facts", "检查发现申请人的后厨布局与许可申请的布局图不符，准予许可时已不具备条件");
    body.put("legalBasis", "《食品经营许可和备案管理办法》第十二条");
    body.put("reference", "苏市监函〔2026〕12号");
    return body;
  }

  long wrongApprovalProcesses(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(WrongApprovalFeedback.PROCESS)
        .processInstanceBusinessKey(caseNumber).count();
  }

  @Test
  void aReportBySamrsSystemEndsInAnAnswerItReadsBack() {
    String caseNumber = dispatchedFoodCase();

    // refused field by field, under the API's names; nothing started
    Map<String, Object> incomplete = Map.of("caseNumber", caseNumber, "facts", " ", "reference", "x".repeat(101));
    ResponseEntity<Map> invalid = post(SAMR, REPORTS, incomplete);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) invalid.getBody().get("errors")).extracting(e -> e.get("field"),
        e -> e.get("code")).containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("facts", "REQUIRED"),
        org.assertj.core.groups.Tuple.tuple("legalBasis", "REQUIRED"),
        org.assertj.core.groups.Tuple.tuple("reference", "TOO_LONG"));
    assertThat(post(SAMR, REPORTS, Map.of("facts", "x")).getBody().get("errors").toString()).contains("caseNumber");
    // another department's case answers like an unknown one
    ResponseEntity<Map> foreign = post(NHC, REPORTS, report(caseNumber));
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(NHC, REPORTS, report("32050020260302C9999999")).getBody()).isEqualTo(Map.of("code",
        "CASE_NOT_FOUND", "message", "没有编号为 32050020260302C9999999 的办件（或不属于本部门监管的事项）"));
    assertThat(post("samr1", REPORTS, report(caseNumber)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(wrongApprovalProcesses(caseNumber)).isZero();
    assertThat(reports.ofCase(caseNumber)).isEmpty();

    // early in the morning: in UTC still the day before (PostgreSQL reads times back at UTC)
    ClockUtil.setCurrentTime(shanghai(2026, 3, 3, 7, 30, 0));
    ResponseEntity<Map> created = post(SAMR, REPORTS, report(caseNumber), "report-" + caseNumber);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("caseNumber", caseNumber).containsEntry("status", "REPORTED")
        .containsEntry("reference", "苏市监函〔2026〕12号")
        .containsEntry("licenceNumber", caseFiles.get(caseNumber).licenceNumber())
        .doesNotContainKey("decisionDueNote");
    long id = ((Number) created.getBody().get("reportId")).longValue();
    assertThat(reports.get(id).channel()).isEqualTo("SYSTEM");
    assertThat(reports.get(id).reportedBy()).isEqualTo(SAMR);
    assertThat(officers.task(caseNumber, "Task_InvestigateWrongApproval")).isNotNull();

    // a retry with the same key gets the same report; a second report while it is open is refused
    ResponseEntity<Map> retried = post(SAMR, REPORTS, report(caseNumber), "report-" + caseNumber);
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retried.getBody()).isEqualTo(created.getBody());
    ResponseEntity<Map> second = post(SAMR, REPORTS, report(caseNumber));
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().get("code")).isEqualTo("CONFLICT");
    assertThat(second.getBody().get("message").toString()).contains("2026-03-03 报告");
    assertThat(wrongApprovalProcesses(caseNumber)).isEqualTo(1);

    // only samr reads it; the bureau investigates (not the reviewer of the licence: 回避) and answers
    assertThat(get(NHC, REPORTS + "/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(SAMR, REPORTS + "/" + id).getBody()).containsEntry("status", "REPORTED")
        .containsEntry("reportedAt", "2026-03-03T07:30:00+08:00").doesNotContainKey("answer");
    officers.complete("reviewer2", caseNumber, "Task_InvestigateWrongApproval", Map.of("investigationFinding",
        "unfounded", "investigationReasons", "经核查，布局调整系许可后擅自改变，应由监管部门依法处理"));
    ResponseEntity<Map> answered = get(SAMR, REPORTS + "/" + id);
    assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answered.getBody()).containsEntry("status", "ANSWERED").containsEntry("finding", "unfounded");
    assertThat((String) answered.getBody().get("answer")).contains("错误审批不成立", "布局调整系许可后擅自改变");
    assertThat(answered.getBody().get("answeredAt")).isNotNull();
    assertThat(get(SAMR, REPORTS + "/999999").getBody().get("code")).isEqualTo("REPORT_NOT_FOUND");

    // samr's system signs for the answer (the task leaves samr's Tasklist), once; nhc cannot
    assertThat(post(NHC, REPORTS + "/" + id + "/receipt", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> received = post(SAMR, REPORTS + "/" + id + "/receipt", Map.of("note", "已收悉"));
    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(received.getBody()).containsEntry("status", "CLOSED");
    assertThat(officers.task(caseNumber, "Task_ReceiveWrongApprovalAnswer")).isNull();
    ResponseEntity<Map> again = post(SAMR, REPORTS + "/" + id + "/receipt", Map.of());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("code")).isEqualTo("ALREADY_RECEIVED");
  }

  @Test
  void aReportInDecemberIsAnsweredWithItsDecisionDateMarkedProvisional() {
    String caseNumber = dispatchedFoodCase();
    // Friday 2026-12-04: 60 working days reach into 2027, whose holiday notice is not loaded
    ClockUtil.setCurrentTime(shanghai(2026, 12, 4, 9, 0, 0));
    ResponseEntity<Map> created = post(SAMR, REPORTS, report(caseNumber));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) created.getBody().get("decisionDue")).startsWith("2027-03-03");
    assertThat((String) created.getBody().get("decisionDueNote")).contains("尚未公布2027年节假日安排", "法定节假日");
  }

  @Test
  void aCaseWithoutALicenceHasNoWrongApprovalToReport() {
    String caseNumber = officers.register("window1", "FoodBusinessLicence", Applications.food()).getBusinessKey();
    ResponseEntity<Map> refused = post(SAMR, REPORTS, report(caseNumber));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().get("code")).isEqualTo("NO_LICENCE");
    assertThat(wrongApprovalProcesses(caseNumber)).isZero();
  }
}
