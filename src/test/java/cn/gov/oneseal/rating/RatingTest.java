package cn.gov.oneseal.rating;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.SupervisionSweep;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.NoticeTexts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** 好差评 on the portal: once per finished case; a bad rating is contacted in 1 WD and rectified in 15 WD. */
class RatingTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  @Autowired NoticeService notices;
  @Autowired SupervisionSweep sweep;

  record Registered(String caseNumber, String queryCode) {}

  /** A road freight case registered at the window; the query code as printed on the 收件凭证. */
  Registered registered() throws Exception {
    String caseNumber = officers.register("window1", "RoadFreightLicence",
        Applications.of("M01", "M02", "M03", "M04", "M05")).getBusinessKey();
    Matcher code = Pattern.compile("查询码：([A-Z2-9]{8})").matcher(NoticeTexts.of(notices, caseNumber, NoticeKind.RECEIPT));
    assertThat(code.find()).isTrue();
    return new Registered(caseNumber, code.group(1));
  }

  /** Decided and handed over on the spot (即办件). */
  Registered delivered() throws Exception {
    Registered c = registered();
    officers.complete("window1", c.caseNumber(), "Task_DecideOnTheSpot", Map.of("intakeDecision", "accept",
        "decision", "grant", "decisionOpinion", "当场准予", "deliveryMethod", "WINDOW", "delivered", true));
    return c;
  }

  ResponseEntity<Map> post(String caseNumber, String code, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (code != null) {
      headers.set("X-Query-Secret", code);
    }
    return rest.withBasicAuth("portal", "OneSeal-Hall-2026").exchange(
        "/api/v1/applicant/cases/" + caseNumber + "/rating", HttpMethod.POST,
        new HttpEntity<>(body, headers), Map.class);
  }

  ResponseEntity<Map> get(String caseNumber, String code) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Query-Secret", code);
    return rest.withBasicAuth("portal", "OneSeal-Hall-2026").exchange(
        "/api/v1/applicant/cases/" + caseNumber + "/rating", HttpMethod.GET, new HttpEntity<>(headers),
        Map.class);
  }

  static Map<String, Object> rating(Object grade, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("grade", grade);
    if (reason != null) {
      body.put("reason", reason);
    }
    return body;
  }

  ProcessInstance rectification(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(ServiceRatings.RECTIFICATION_PROCESS).singleResult();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, String>> errors(ResponseEntity<Map> response) {
    return (List<Map<String, String>>) response.getBody().get("errors");
  }

  @Test
  void aGoodRatingIsKeptOnceAndOpensNothing() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10, 0, 0));
    Registered c = delivered();
    ResponseEntity<Map> created = post(c.caseNumber(), c.queryCode().toLowerCase(), rating(5, null));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("grade", 5).containsEntry("gradeLabel", "非常满意")
        .containsEntry("channel", "PORTAL").containsEntry("bad", false);
    assertThat(rectification(c.caseNumber())).isNull();

    ResponseEntity<Map> again = post(c.caseNumber(), c.queryCode(), rating(1, "改主意了"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).containsEntry("code", "ALREADY_RATED");
    assertThat(get(c.caseNumber(), c.queryCode()).getBody()).containsEntry("grade", 5);
    assertThat(rectification(c.caseNumber())).isNull();
    assertThat(caseFiles.opinions(c.caseNumber())).filteredOn(o -> o.stage().equals("rating"))
        .extracting(Opinion::decision, Opinion::opinion).containsExactly(tuple("5", "网上评价：5 分（非常满意）"));

    // the case's own officers read it; another bureau's do not see the case
    assertThat(rest.withBasicAuth("window2", "OneSeal-2026").getForEntity("/api/v1/cases/" + c.caseNumber() + "/rating",
        Map.class).getBody()).containsEntry("grade", 5);
    assertThat(rest.withBasicAuth("awindow1", "OneSeal-2026").getForEntity("/api/v1/cases/" + c.caseNumber() + "/rating",
        Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aBadGradeOrABadRatingWithoutReasonIsRefusedFieldByField() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10, 0, 0));
    Registered c = delivered();
    ResponseEntity<Map> noReason = post(c.caseNumber(), c.queryCode(), rating(2, "  "));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(noReason)).extracting(e -> e.get("field"), e -> e.get("code"), e -> e.get("message"))
        .containsExactly(tuple("reason", "REASON_REQUIRED", "差评（不满意、非常不满意）须填写理由"));

    ResponseEntity<Map> outOfRange = post(c.caseNumber(), c.queryCode(), rating(6, null));
    assertThat(outOfRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(outOfRange)).extracting(e -> e.get("field"), e -> e.get("code"))
        .containsExactly(tuple("grade", "OUT_OF_RANGE"));
    Map<String, Object> noGrade = new HashMap<>(Map.of("channel", "FOLLOW_UP"));
    assertThat(errors(post(c.caseNumber(), c.queryCode(), noGrade))).extracting(e -> e.get("field"), e -> e.get("code"))
        .containsExactly(tuple("grade", "REQUIRED"), tuple("channel", "INVALID_CHOICE"));

    // nothing was kept: the case can still be rated
    assertThat(get(c.caseNumber(), c.queryCode()).getBody()).containsEntry("code", "NOT_RATED");
    assertThat(rectification(c.caseNumber())).isNull();
  }

  @Test
  void onlyTheApplicantOfAFinishedCaseMayRate() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10, 0, 0));
    Registered open = registered();
    assertThat(post(open.caseNumber(), null, rating(5, null)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map> wrongCode = post(open.caseNumber(), "WRONG234", rating(5, null));
    ResponseEntity<Map> unknown = post("32050020260302J999999X", open.queryCode(), rating(5, null));
    // a wrong code answers like an unknown case, so case numbers cannot be probed
    assertThat(wrongCode.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).isEqualTo(wrongCode.getBody());

    ResponseEntity<Map> notFinished = post(open.caseNumber(), open.queryCode(), rating(5, null));
    assertThat(notFinished.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(notFinished.getBody()).containsEntry("code", "NOT_FINISHED");
    assertThat((String) notFinished.getBody().get("message")).contains("尚未办结");
  }

  @Test
  void aBadRatingIsContactedWithinOneWorkingDayAndRectifiedWithinFifteenAcrossMayDay() throws Exception {
    // rated on Thursday 2026-04-30; 05-01…05-05 are off, 05-09 (Saturday) is worked
    ClockUtil.setCurrentTime(shanghai(2026, 4, 30, 10, 0, 0));
    Registered c = delivered();
    ResponseEntity<Map> created = post(c.caseNumber(), c.queryCode(), rating(1, "窗口人员态度生硬，多次让我重复提交材料"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("bad", true).containsEntry("gradeLabel", "非常不满意");

    ProcessInstance pi = rectification(c.caseNumber());
    assertThat(pi).isWaitingAt("Task_ContactApplicant");
    assertThat(pi.getTenantId()).isEqualTo("city");
    Task contact = officers.task(c.caseNumber(), "Task_ContactApplicant");
    assertThat(contact).hasCandidateGroup("window");
    // 1 WD: the first working day after the rating is Wednesday 05-06
    assertThat(contact.getDueDate()).isEqualTo(endOf(2026, 5, 6));

    // not contacted by then: the sweep raises a red card on the window's task
    ClockUtil.setCurrentTime(shanghai(2026, 5, 7, 9, 0, 0));
    assertThat(sweep.sweep()).filteredOn(card -> card.caseNumber().equals(c.caseNumber()))
        .extracting(Card::stage, Card::kind, Card::responsibleGroup)
        .contains(tuple("联系申请人核实差评", CardKind.RED, "window"));

    officers.complete("window1", c.caseNumber(), "Task_ContactApplicant", Map.of("applicantContacted", true,
        "contactVerification", "justified", "contactFindings", "申请人反映属实，窗口未一次性告知补正要求"));
    Task rectify = officers.task(c.caseNumber(), "Task_RectifyBadRating");
    assertThat(rectify).hasCandidateGroup("supervisor");
    // 15 WD counted from the rating, not from the contact: 05-06 … 05-09 (worked) … 05-25
    assertThat(rectify.getDueDate()).isEqualTo(endOf(2026, 5, 25));
    assertThat(get(c.caseNumber(), c.queryCode()).getBody().get("rectificationDue")).asString().startsWith("2026-05-25");

    ClockUtil.setCurrentTime(shanghai(2026, 5, 26, 9, 0, 0));
    assertThat(sweep.sweep()).filteredOn(card -> card.caseNumber().equals(c.caseNumber()))
        .extracting(Card::stage, Card::kind).contains(tuple("差评整改与反馈", CardKind.RED));

    officers.complete("supervisor1", c.caseNumber(), "Task_RectifyBadRating", Map.of("rectificationResult", "rectified",
        "rectificationMeasures", "对窗口人员批评教育，修订一次性告知清单，已电话向申请人致歉"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Rectified");
    assertThat(get(c.caseNumber(), c.queryCode()).getBody()).containsEntry("rectification",
        "已整改并向申请人反馈：对窗口人员批评教育，修订一次性告知清单，已电话向申请人致歉");
    assertThat(caseFiles.opinions(c.caseNumber())).filteredOn(o -> o.stage().equals("rating"))
        .extracting(Opinion::officerId, Opinion::decision).containsExactly(tuple(null, "1"),
            tuple("window1", "justified"), tuple("supervisor1", "rectified"));
  }

  @Test
  void aBadRatingInLateDecemberIsRectifiedByAProvisionalDateThatSaysSo() throws Exception {
    // Monday 2026-12-21, 2027's notice not loaded: 15 WD reach to 2027-01-12, 元旦 not counted
    ClockUtil.setCurrentTime(shanghai(2026, 12, 21, 10, 0, 0));
    Registered c = delivered();
    assertThat(post(c.caseNumber(), c.queryCode(), rating(2, "等候时间过长")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    Map<String, Object> view = get(c.caseNumber(), c.queryCode()).getBody();
    assertThat(view.get("rectificationDue")).asString().startsWith("2027-01-12");
    assertThat(view.get("rectificationDueNote")).asString().contains("尚未公布2027年节假日安排");
    Task contact = officers.task(c.caseNumber(), "Task_ContactApplicant");
    assertThat(contact.getDueDate()).isEqualTo(endOf(2026, 12, 22));
    assertThat(contact.getDescription()).doesNotContain("【期限暂定】");

    // earlier in the year the date is exact and carries no note
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10, 0, 0));
    Registered march = delivered();
    post(march.caseNumber(), march.queryCode(), rating(1, "态度不好"));
    assertThat(get(march.caseNumber(), march.queryCode()).getBody()).doesNotContainKey("rectificationDueNote");
  }
}
