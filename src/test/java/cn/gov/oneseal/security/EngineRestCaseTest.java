package cn.gov.oneseal.security;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.support.OneSealSpringTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One food licence case driven only through /engine-rest, as the demo officers, with HTTP Basic. */
@OneSealSpringTest
class EngineRestCaseTest {

  static final String PASSWORD = "OneSeal-2026";

  @Autowired TestRestTemplate rest;
  @Autowired CaseFiles caseFiles;

  @BeforeEach
  void fixClock() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 30, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object value = keyValues[i + 1];
      variables.put((String) keyValues[i], value instanceof List<?> list
          ? Map.of("value", toJson(list), "type", "Json") : Map.of("value", value));
    }
    return Map.of("variables", variables);
  }

  static String toJson(List<?> list) {
    return list.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }

  ResponseEntity<Map> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, PASSWORD).postForEntity("/engine-rest" + path, body, Map.class);
  }

  String taskId(String user, String caseNumber) {
    ResponseEntity<List> tasks = rest.withBasicAuth(user, PASSWORD)
        .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + caseNumber, List.class);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).as("open tasks of %s visible to %s", caseNumber, user).hasSize(1);
    return (String) ((Map<?, ?>) tasks.getBody().get(0)).get("id");
  }

  void submit(String user, String caseNumber, Map<String, Object> form) {
    String id = taskId(user, caseNumber);
    assertThat(post(user, "/task/" + id + "/claim", Map.of("userId", user)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map> done = post(user, "/task/" + id + "/submit-form", form);
    assertThat(done.getStatusCode()).as("%s submits: %s", user, done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void anonymousCallsAreRefused() {
    // a wrong password delays that user's next login (on the frozen engine clock): use a user no other test needs
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("analyst1", "wrong-password").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/camunda/api/engine/engine/default/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void oneCaseFromRegistrationToTheRegulatorsSignFor() {
    ResponseEntity<Map> started = post("window1", "/process-definition/key/FoodBusinessLicence/submit-form",
        vars("applicantName", "城东便利店", "applicantIdType", "RESIDENT_ID", "applicantId", "11010519491231002X",
            "contactName", "钱芳", "contactPhone", "13800138000", "premisesAddress", "吴中区东吴北路8号",
            "businessScope", "FOOD_SALES", "materials", List.of("M01", "M02", "M03", "M04")));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String caseNumber = (String) started.getBody().get("businessKey");
    assertThat(caseNumber).startsWith("32050020260302C");

    // the reviewer sees nothing of the case and cannot complete the window's task
    String intakeTask = taskId("window2", caseNumber);
    ResponseEntity<List> reviewerView = rest.withBasicAuth("reviewer1", PASSWORD)
        .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + caseNumber, List.class);
    assertThat(reviewerView.getBody()).isEmpty();
    ResponseEntity<Map> forbidden = post("reviewer1", "/task/" + intakeTask + "/complete",
        vars("intakeDecision", "accept"));
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forbidden.getBody().get("type")).isEqualTo("AuthorizationException");

    // a call that skips the form gets a field-level 400, and nothing moves
    ResponseEntity<Map> skipped = post("window1", "/task/" + intakeTask + "/complete", Map.of());
    assertThat(skipped.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) skipped.getBody().get("message")).contains("请选择受理决定");
    assertThat((List<?>) skipped.getBody().get("errors")).hasSize(1);
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.RECEIVED);

    submit("window1", caseNumber, vars("intakeDecision", "accept", "intakeOpinion", "材料齐全，予以受理"));
    submit("surveylead1", caseNumber, vars("surveyDate", "2026-03-03", "surveyParticipants", List.of("regulatorSamr"),
        "applicantAppointment", "已电话预约", "applicantNotified", true));
    submit("samr1", caseNumber, vars("participantOpinion", "agree", "participantFindings", "场所与申请一致"));
    submit("surveylead1", caseNumber, vars("surveyResult", "pass", "surveyStaff", "孙浩、钱多",
        "leadFindings", "场所与申请一致", "applicantConfirmed", true));
    submit("reviewer2", caseNumber, vars("reviewRecommendation", "grant", "reviewOpinion", "符合条件"));

    ResponseEntity<Map> noOpinion = post("decider1", "/task/" + taskId("decider1", caseNumber) + "/submit-form",
        vars("decision", "grant"));
    assertThat(noOpinion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noOpinion.getBody().get("message")).contains("决定意见必填");

    submit("decider1", caseNumber, vars("decision", "grant", "decisionOpinion", "准予许可"));
    submit("window2", caseNumber, vars("deliveryMethod", "ELECTRONIC", "delivered", true));
    submit("samr1", caseNumber, vars("signedFor", true, "signForNote", "已纳入日常监管"));

    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.COMPLETED);
    assertThat(caseFiles.get(caseNumber).licenceNumber()).startsWith("JY1320500");
    ResponseEntity<List> history = rest.withBasicAuth("auditor1", PASSWORD).exchange(
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber, HttpMethod.GET,
        HttpEntity.EMPTY, List.class);
    // every stage of the case is completed; the post to the regulator's system waits for the job executor,
    // the follow-up call (回访) for its working day
    List<String> states = ((List<?>) history.getBody()).stream().map(p -> (Map<?, ?>) p)
        .map(p -> p.get("processDefinitionKey") + " " + p.get("state")).toList();
    assertThat(states).filteredOn(s -> !s.startsWith("Integration_NotifyRegulator") && !s.startsWith("Supervision_FollowUp"))
        .containsExactlyInAnyOrder("FoodBusinessLicence COMPLETED", "Stage_Intake COMPLETED",
            "Stage_SiteSurvey COMPLETED", "Stage_Review COMPLETED", "Stage_Decision COMPLETED",
            "Stage_Delivery COMPLETED", "Stage_Dispatch COMPLETED");
    assertThat(states).contains("Integration_NotifyRegulator ACTIVE", "Supervision_FollowUp ACTIVE");
  }
}
