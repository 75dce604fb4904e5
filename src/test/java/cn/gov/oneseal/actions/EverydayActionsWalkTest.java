package cn.gov.oneseal.actions;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.audit.CaseHistoryPlugin;
import cn.gov.oneseal.consultation.ConsultationCockpitPlugin;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.WebappSession;
import cn.gov.oneseal.urging.UrgingCockpitPlugin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The "done when", walked over the officers' own surfaces (each officer logged in to Tasklist or Cockpit,
 * calling what the Tasklist buttons call, the engine's API for claiming and completing): decider1 returns a case to
 * reviewer1 with a reason, reviewer1 transfers it to reviewer2, supervisor1 urges it, window1 copies the case to head1
 * who reads it, reviewer2 consults expert1 and then completes the review. Every action is on the case's 办件历史 and
 * in the e-supervision statistics, and none of them moved the case's statutory deadline.
 */
class EverydayActionsWalkTest extends CaseTest {

  static final String ENGINE = "/camunda/api/engine/engine/default";
  static final String TASKLIST = "/camunda/api/tasklist/plugin/";
  static final String COCKPIT = "/camunda/api/cockpit/plugin/";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Value("${oneseal.demo.password}") String password;

  WebappSession tasklist(String user) {
    return WebappSession.login(rest, "tasklist", user, password);
  }

  ResponseEntity<String> api(String user, String method, String path, String body) {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, password).exchange(path, org.springframework.http.HttpMethod.valueOf(method),
        new org.springframework.http.HttpEntity<>(body, headers), String.class);
  }

  static void ok(ResponseEntity<String> answer, HttpStatus status) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
  }

  /** The column of the row of {@code name} (an officer or stage; key {@code name} or {@code officer}), 0 without one. */
  static int count(JsonNode rows, String name, String column) {
    for (JsonNode row : rows) {
      if (name.equals(row.path("name").asText(null)) || name.equals(row.path("officer").asText(null))) {
        return row.get(column).asInt();
      }
    }
    return 0;
  }

  @Test
  void returnTransferUrgeCopyConsultAndComplete() throws Exception {
    WebappSession supervisor = WebappSession.login(rest, "cockpit", "supervisor1", password);
    JsonNode returnsBefore = json.readTree(api("supervisor1", "GET", "/api/v1/supervision/returns", null).getBody());
    JsonNode urgesBefore = json.readTree(supervisor.get(COCKPIT + UrgingCockpitPlugin.ID + "/default/statistics")
        .getBody());
    JsonNode consultedBefore = json.readTree(supervisor.get(COCKPIT + ConsultationCockpitPlugin.ID
        + "/default/statistics").getBody());

    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    OffsetDateTime statutoryDue = caseFiles.get(caseNumber).statutoryDue();

    // decider1 claims the decision in Tasklist and returns it to the reviewer with a reason
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    WebappSession decider = tasklist("decider1");
    ok(decider.postJson(ENGINE + "/task/" + decide.getId() + "/claim", "{\"userId\":\"decider1\"}"),
        HttpStatus.NO_CONTENT);
    ok(api("decider1", "POST", "/api/v1/tasks/" + decide.getId() + "/return", "{\"reason\":\"\"}"),
        HttpStatus.BAD_REQUEST);
    String reason = "经营场所平面图与现场勘验记录不符，请重新审查";
    ok(api("decider1", "POST", "/api/v1/tasks/" + decide.getId() + "/return",
        json.writeValueAsString(Map.of("reason", reason))), HttpStatus.OK);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    assertThat(review.getAssignee()).as("the same officer first").isEqualTo("reviewer1");
    assertThat(api("reviewer1", "GET", "/api/v1/tasks/" + review.getId() + "/returns", null).getBody())
        .contains(reason);

    // reviewer1 transfers it to reviewer2 with a reason
    ok(api("reviewer1", "POST", "/api/v1/tasks/" + review.getId() + "/transfer",
        "{\"to\":\"reviewer2\",\"reason\":\"本人外出核查，请赵磊办理\"}"), HttpStatus.OK);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer2");

    // supervisor1 urges it
    ok(api("supervisor1", "POST", "/api/v1/tasks/" + review.getId() + "/urges", "{\"note\":\"退回重审请尽快办理\"}"),
        HttpStatus.CREATED);

    // window1 copies the case to head1, who reads it
    ResponseEntity<String> copy = api("window1", "POST", "/api/v1/cases/" + caseNumber + "/copies",
        "{\"recipientUserId\":\"head1\",\"note\":\"该件被退回重审，请阅知\"}");
    ok(copy, HttpStatus.CREATED);
    long copyId = json.readTree(copy.getBody()).get("id").asLong();
    assertThat(api("head1", "GET", "/api/v1/copies", null).getBody()).contains(caseNumber);
    ok(api("head1", "POST", "/api/v1/copies/" + copyId + "/read", null), HttpStatus.OK);
    assertThat(api("window1", "GET", "/api/v1/cases/" + caseNumber + "/copies", null).getBody())
        .contains("\"read\":true");

    // reviewer2 consults expert1; the review is held until the answer
    ok(api("reviewer2", "POST", "/api/v1/tasks/" + review.getId() + "/consultations",
        "{\"question\":\"现场布局是否满足生熟分开？\",\"workingDays\":2,\"users\":[\"expert1\"]}"), HttpStatus.CREATED);
    WebappSession reviewer2 = tasklist("reviewer2");
    String submitReview = "{\"variables\":{\"reviewRecommendation\":{\"value\":\"grant\"},"
        + "\"reviewOpinion\":{\"value\":\"经重新审查，符合法定条件\"}}}";
    ResponseEntity<String> held = reviewer2.postJson(ENGINE + "/task/" + review.getId() + "/submit-form", submitReview);
    assertThat(held.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(held.getBody()).contains("征求意见尚未全部答复");
    Task opinion = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_GiveConsultationOpinion").singleResult();
    WebappSession expert = tasklist("expert1");
    ok(expert.postJson(ENGINE + "/task/" + opinion.getId() + "/claim", "{\"userId\":\"expert1\"}"),
        HttpStatus.NO_CONTENT);
    ok(expert.postJson(ENGINE + "/task/" + opinion.getId() + "/submit-form",
        "{\"variables\":{\"consultationAnswer\":{\"value\":\"满足生熟分开要求\"}}}"), HttpStatus.NO_CONTENT);
    ok(reviewer2.postJson(ENGINE + "/task/" + review.getId() + "/submit-form", submitReview), HttpStatus.NO_CONTENT);
    Task decideAgain = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(decideAgain).as("back to the decision").isNotNull();
    assertThat(decideAgain.getAssignee()).as("the decider who returned it gets it back").isEqualTo("decider1");

    // the case's 办件历史 in Cockpit shows every action
    JsonNode timeline = json.readTree(supervisor.get(COCKPIT + CaseHistoryPlugin.ID + "/default/cases/" + caseNumber)
        .getBody());
    List<String> types = new ArrayList<>();
    timeline.get("entries").forEach(e -> types.add(e.get("type").asText()));
    assertThat(types).contains("退回重审", "转办", "催办", "抄送", "征求意见", "征求意见答复");
    assertThat(timeline.toString()).contains(reason).contains("本人外出核查").contains("退回重审请尽快办理")
        .contains("满足生熟分开要求");

    // and in the e-supervision statistics
    JsonNode returnsAfter = json.readTree(api("supervisor1", "GET", "/api/v1/supervision/returns", null).getBody());
    assertThat(count(returnsAfter, "decider1", "toReview")).isEqualTo(count(returnsBefore, "decider1", "toReview") + 1);
    assertThat(count(returnsAfter, "reviewer1", "received")).isEqualTo(count(returnsBefore, "reviewer1", "received") + 1);
    JsonNode urgesAfter = json.readTree(supervisor.get(COCKPIT + UrgingCockpitPlugin.ID + "/default/statistics")
        .getBody());
    assertThat(count(urgesAfter.get("perOfficer"), "reviewer2", "urges"))
        .isEqualTo(count(urgesBefore.get("perOfficer"), "reviewer2", "urges") + 1);
    JsonNode consultedAfter = json.readTree(supervisor.get(COCKPIT + ConsultationCockpitPlugin.ID
        + "/default/statistics").getBody());
    assertThat(count(consultedAfter.get("perOfficer"), "reviewer2", "answered"))
        .isEqualTo(count(consultedBefore.get("perOfficer"), "reviewer2", "answered") + 1);

    // the clock did not stop for any of it
    assertThat(caseFiles.get(caseNumber).statutoryDue()).isEqualTo(statutoryDue);
  }
}
