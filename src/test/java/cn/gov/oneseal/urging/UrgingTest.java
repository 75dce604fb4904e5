package cn.gov.oneseal.urging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.tasklist.CaseTaskNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
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

/**
 * 催办 over the bureau's API: who may urge which task (the attacks: a window officer, another bureau's head, no
 * note, a finished task), what is recorded, the mark the assignee or group finds in 被催办, the case's timeline.
 */
class UrgingTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Urges urges;
  @Autowired CaseHistory caseHistory;
  @Autowired CaseTaskNames taskNames;

  ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD).exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> urge(String user, String taskId, String note) throws Exception {
    return send(user, HttpMethod.POST, "/api/v1/tasks/" + taskId + "/urges",
        note == null ? "{}" : json.writeValueAsString(Map.of("note", note)));
  }

  /** A food case accepted and surveyed, its review waiting for the reviewers. */
  String waitingForReview() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    return caseNumber;
  }

  List<String> shown(String userId, String filterName) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    return officers.as(userId, () -> engine.getFilterService().<Task>list(filter.getId())).stream()
        .map(Task::getId).toList();
  }

  @Test
  void theSupervisorUrgesAnOpenStepTheGroupSeesItAndItIsOnTheRecord() throws Exception {
    String caseNumber = waitingForReview();
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    assertThat(shown("reviewer1", "被催办")).doesNotContain(review.getId());

    ResponseEntity<String> urged = urge("supervisor1", review.getId(), "  已近期限，请今日内完成审查  ");

    assertThat(urged.getStatusCode()).as(urged.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(urged.getBody());
    assertThat(body.get("note").asText()).isEqualTo("已近期限，请今日内完成审查");
    assertThat(body.get("escalated").asBoolean()).isFalse();
    Urge recorded = urges.ofCase(caseNumber).get(0);
    assertThat(recorded.taskId()).isEqualTo(review.getId());
    assertThat(recorded.stage()).isEqualTo(taskNames.stage(review));
    assertThat(recorded.taskName()).isEqualTo(review.getName());
    assertThat(recorded.heldBy()).isNull();
    assertThat(recorded.heldByGroups()).isEqualTo("reviewer");
    assertThat(recorded.urgedBy()).isEqualTo("supervisor1");
    assertThat(recorded.bureauId()).isEqualTo("city");
    assertThat(recorded.urgedAt()).isNotNull();
    // the group finds it in 被催办 (the task carries the mark), a window officer does not
    assertThat(engine.getTaskService().getVariableLocal(review.getId(), CaseVariables.URGED)).isEqualTo(true);
    assertThat(shown("reviewer1", "被催办")).contains(review.getId());
    assertThat(shown("reviewer2", "被催办")).contains(review.getId());
    assertThat(shown("window1", "被催办")).doesNotContain(review.getId());
    // on the case's 办件历史
    assertThat(caseHistory.timeline(caseNumber).orElseThrow().entries())
        .filteredOn(e -> e.type().equals("催办")).singleElement().satisfies(e -> {
          assertThat(e.title()).isEqualTo("催办：" + recorded.stage());
          assertThat(e.officer()).contains("supervisor1");
          assertThat(e.detail()).contains("审查员（未认领）").contains("已近期限，请今日内完成审查");
        });
    // read back over the API by the supervisor, not by a window officer
    JsonNode list = json.readTree(send("supervisor1", HttpMethod.GET, "/api/v1/cases/" + caseNumber + "/urges", null)
        .getBody());
    assertThat(list).hasSize(1);
    assertThat(send("window1", HttpMethod.GET, "/api/v1/cases/" + caseNumber + "/urges", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("ahead1", HttpMethod.GET, "/api/v1/cases/" + caseNumber + "/urges", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theRulesRefuseWithTheRuleInChineseAndWriteNothing() throws Exception {
    String caseNumber = waitingForReview();
    Task review = officers.task(caseNumber, "Task_ReviewApplication");

    ResponseEntity<String> window = urge("window1", review.getId(), "快点");
    assertThat(window.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(window.getBody()).contains("只有电子监察人员和局负责人可以催办");
    ResponseEntity<String> otherBureau = urge("ahead1", review.getId(), "快点");
    assertThat(otherBureau.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherBureau.getBody()).contains("只能催办本局的办件");
    ResponseEntity<String> otherBureauCase = send("bhead1", HttpMethod.POST, "/api/v1/cases/" + caseNumber + "/urges",
        "{\"note\":\"快点\"}");
    assertThat(otherBureauCase.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    for (String note : new String[] {null, "   "}) {
      ResponseEntity<String> noNote = urge("supervisor1", review.getId(), note);
      assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(noNote.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("note");
      assertThat(noNote.getBody()).contains("请填写催办意见");
    }
    assertThat(urge("supervisor1", review.getId(), "长".repeat(501)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(send("supervisor1", HttpMethod.POST, "/api/v1/tasks/" + review.getId() + "/urges", "{\"note\":12}")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String accepted = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_AcceptApplication").singleResult().getId();
    ResponseEntity<String> finished = urge("supervisor1", accepted, "快点");
    assertThat(finished.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(finished.getBody()).contains("已办结");
    assertThat(urge("supervisor1", "no-such-task", "快点").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(urges.ofCase(caseNumber)).isEmpty();
    assertThat(engine.getTaskService().getVariableLocal(review.getId(), CaseVariables.URGED)).isNull();
  }

  @Test
  void theBureauHeadUrgesTheWholeCaseAndTheClaimedOfficerIsRecorded() throws Exception {
    String caseNumber = waitingForReview();
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    officers.run("reviewer1", () -> engine.getTaskService().claim(review.getId(), "reviewer1"));

    ResponseEntity<String> urged = send("head1", HttpMethod.POST, "/api/v1/cases/" + caseNumber + "/urges",
        "{\"note\":\"请抓紧办理\"}");

    assertThat(urged.getStatusCode()).as(urged.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(urged.getBody())).hasSize(1);
    assertThat(urges.ofCase(caseNumber)).singleElement().satisfies(u -> {
      assertThat(u.heldBy()).isEqualTo("reviewer1");
      assertThat(u.urgedBy()).isEqualTo("head1");
    });
    assertThat(shown("reviewer1", "被催办")).contains(review.getId());
    assertThat(caseHistory.timeline(caseNumber).orElseThrow().entries())
        .filteredOn(e -> e.type().equals("催办")).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("承办：reviewer1"));
    // a finished case has nothing left to urge
    String granted = officers.grantedFood();
    officers.complete("window1", granted, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    engine.getTaskService().createTaskQuery().processInstanceBusinessKey(granted).list()
        .forEach(t -> engine.getTaskService().complete(t.getId(), Map.of("signedFor", true)));
    ResponseEntity<String> nothing = send("head1", HttpMethod.POST, "/api/v1/cases/" + granted + "/urges",
        "{\"note\":\"请抓紧办理\"}");
    assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(nothing.getBody()).contains("没有在办的环节");
  }
}
