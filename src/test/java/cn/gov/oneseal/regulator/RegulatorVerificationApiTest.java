package cn.gov.oneseal.regulator;

import cn.gov.oneseal.window.WindowSubmission;
import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.commitment.CommitmentVerification;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.support.NoticeTexts;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 告知承诺核查 over the API: the regulator's system submits the verification and re-verification results. */
@SuppressWarnings({"rawtypes", "unchecked"})
class RegulatorVerificationApiTest extends RegulatorApiTest {

  @Autowired NoticeService notices;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  static String path(String caseNumber) {
    return "/api/v1/regulator/verifications/" + caseNumber;
  }

  ProcessInstance verification(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(CommitmentVerification.PROCESS).singleResult();
  }

  static Map<String, Object> body(String result, String findings) {
    Map<String, Object> body = new HashMap<>();
    body.put("result", result);
    body.put("findings", findings);
    return body;
  }

  static List<Map<String, Object>> errors(ResponseEntity<Map> answer) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return (List<Map<String, Object>>) answer.getBody().get("errors");
  }

  @Test
  void aTrueCommitmentIsVerifiedOnceBySamrAndOnlyBySamr() {
    String caseNumber = officers.grantedOnCommitment("320502198501011017");
    ProcessInstance pi = verification(caseNumber);
    assertThat(pi).isWaitingAt("Task_VerifyCommitment");

    // field errors, under the API's names, and nothing recorded
    assertThat(errors(post(SAMR, path(caseNumber), Map.of()))).extracting(e -> e.get("field"), e -> e.get("code"))
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("result", "REQUIRED"),
            org.assertj.core.groups.Tuple.tuple("findings", "REQUIRED"));
    assertThat(errors(post(SAMR, path(caseNumber), body("maybe", "现场核查")))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "result").containsEntry("code", "INVALID_CHOICE"));
    assertThat(errors(post(SAMR, path(caseNumber), body("notMet", "温度记录缺失")))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "rectificationWorkingDays")
            .containsEntry("code", "OUT_OF_RANGE"));
    Map<String, Object> tooLong = body("notMet", "温度记录缺失");
    tooLong.put("rectificationWorkingDays", 61);
    assertThat(errors(post(SAMR, path(caseNumber), tooLong))).extracting(e -> e.get("field"))
        .containsExactly("rectificationWorkingDays");
    assertThat(pi).isWaitingAt("Task_VerifyCommitment");
    assertThat(caseFiles.opinions(caseNumber)).noneMatch(o -> o.stage().equals("verification"));

    // another department's system, officers and the portal are refused
    assertThat(post(NHC, path(caseNumber), body("met", "x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("samr1", path(caseNumber), body("met", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("portal", path(caseNumber), body("met", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map> met = post(SAMR, path(caseNumber), body("met", "现场核查，与承诺一致"), "verify-" + caseNumber);
    assertThat(met.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(met.getBody()).containsEntry("stage", "VERIFY").containsEntry("result", "met")
        .containsEntry("commitmentStatus", "VERIFIED").doesNotContainKey("rectificationDue");
    assertThat(pi).isEnded().hasPassed("EndEvent_Verified");
    assertThat(caseFiles.opinions(caseNumber)).filteredOn(o -> o.stage().equals("verification")).singleElement()
        .satisfies(o -> assertThat(o.officerId()).isEqualTo(SAMR));

    // the same request again: replayed; a new one: nothing left to verify
    ResponseEntity<Map> replayed = post(SAMR, path(caseNumber), body("met", "现场核查，与承诺一致"), "verify-" + caseNumber);
    assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(replayed.getBody()).isEqualTo(met.getBody());
    ResponseEntity<Map> again = post(SAMR, path(caseNumber), body("met", "再次核查"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("code")).isEqualTo("NO_OPEN_VERIFICATION");
    assertThat((String) again.getBody().get("message")).contains("VERIFIED");
  }

  @Test
  void notMetOrdersRectificationAndTheReverificationFollowsAfterTheDeadline() throws Exception {
    String caseNumber = officers.grantedOnCommitment("320502198502021022");
    ProcessInstance pi = verification(caseNumber);
    Map<String, Object> notMet = body("notMet", "冷藏设施温度记录缺失");
    notMet.put("rectificationWorkingDays", 10);
    ResponseEntity<Map> ordered = post(SAMR, path(caseNumber), notMet);
    assertThat(ordered.getStatusCode()).isEqualTo(HttpStatus.OK);
    // 10 WD from Monday 03-02
    assertThat(ordered.getBody()).containsEntry("commitmentStatus", "RECTIFYING")
        .containsEntry("rectificationDue", WorkingDayCalendar.offsetOf(endOf(2026, 3, 16)).toString());
    assertThat(NoticeTexts.of(notices, caseNumber, NoticeKind.RECTIFICATION)).contains("冷藏设施温度记录缺失",
        "2026年3月16日前整改完毕");

    // while the applicant rectifies there is nothing to submit
    ResponseEntity<Map> early = post(SAMR, path(caseNumber), body("met", "已整改"));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) early.getBody().get("message")).contains("整改期限");

    Job timer = engine.getManagementService().createJobQuery().timers().processInstanceId(pi.getId()).singleResult();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 2000));
    engine.getManagementService().executeJob(timer.getId());
    assertThat(pi).isWaitingAt("Task_ReverifyCommitment");

    // the re-verification knows only met and notMet
    assertThat(errors(post(SAMR, path(caseNumber), body("false", "仍未整改")))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "result").containsEntry("code", "INVALID_CHOICE"));
    ResponseEntity<Map> rectified = post(SAMR, path(caseNumber), body("met", "已补全温度记录"));
    assertThat(rectified.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rectified.getBody()).containsEntry("stage", "REVERIFY").containsEntry("commitmentStatus", "RECTIFIED");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rectified");
  }

  @Test
  void aFalseCommitmentGoesToTheBureauHeadAndAnOrdinaryCaseHasNothingToVerify() {
    String caseNumber = officers.grantedOnCommitment("320502198503031038");
    ResponseEntity<Map> falseCommitment = post(SAMR, path(caseNumber), body("false", "承诺已取得的场所租赁合同系伪造"));
    assertThat(falseCommitment.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(falseCommitment.getBody()).containsEntry("commitmentStatus", "REVOCATION_PENDING");
    ProcessInstance revocation = verification(caseNumber);
    assertThat(revocation).isWaitingAt("Task_ApproveRevocation");
    // nothing to sign for until the bureau has revoked
    assertThat(post(SAMR, "/api/v1/regulator/revocations/" + caseNumber + "/sign-for", Map.of()).getBody())
        .containsEntry("code", "NO_REVOCATION");
    officers.complete("head1", caseNumber, "Task_ApproveRevocation", Map.of("revocationApproved", "approve"));
    officers.hand("window1", caseNumber, WindowSubmission.REVOCATION_RESPONSE, Map.of("response", "无异议"));
    officers.complete("head1", caseNumber, "Task_DecideRevocation",
        Map.of("revocationDecision", "revoke", "revocationOpinion", "虚假承诺属实"));
    assertThat(post(NHC, "/api/v1/regulator/revocations/" + caseNumber + "/sign-for", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> signed = post(SAMR, "/api/v1/regulator/revocations/" + caseNumber + "/sign-for", Map.of());
    assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(signed.getBody()).containsEntry("licenceStatus", "REVOKED").containsEntry("signedBy", "samrSystem");
    assertThat(revocation).isEnded();

    String ordinary = dispatchedFoodCase();
    ResponseEntity<Map> none = post(SAMR, path(ordinary), body("met", "x"));
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(none.getBody().get("code")).isEqualTo("NOT_A_COMMITMENT");
    assertThat(post(SAMR, path("32050020260302C9999999"), body("met", "x")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
