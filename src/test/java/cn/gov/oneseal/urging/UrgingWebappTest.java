package cn.gov.oneseal.urging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.Cards;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 催办 in the webapps: the supervisor urges from Cockpit (the case's open steps, the urge, a refusal in Chinese), the
 * dashboard counts urges per stage and officer, and Tasklist shows the urges of a task to those who may read it.
 */
class UrgingWebappTest extends CaseTest {

  static final String COCKPIT = "/camunda/api/cockpit/plugin/" + UrgingCockpitPlugin.ID + "/default";
  static final String TASKLIST = "/camunda/api/tasklist/plugin/" + UrgingTasklistPlugin.ID + "/default";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Cards cards;
  @Autowired Urges urges;
  @Value("${oneseal.demo.password}") String password;

  @Test
  void theSupervisorUrgesInCockpitTheDashboardCountsItAndTheReviewerReadsItInTasklist() throws Exception {
    WebappSession supervisor = WebappSession.login(rest, "cockpit", "supervisor1", password);
    JsonNode before = json.readTree(supervisor.get(COCKPIT + "/statistics").getBody());
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    officers.run("reviewer1", () -> engine.getTaskService().claim(review.getId(), "reviewer1"));

    JsonNode steps = json.readTree(supervisor.get(COCKPIT + "/cases/" + caseNumber).getBody());
    assertThat(steps.get("mayUrge").asBoolean()).isTrue();
    assertThat(steps.get("steps")).singleElement().satisfies(s -> {
      assertThat(s.get("taskId").asText()).isEqualTo(review.getId());
      assertThat(s.get("assignee").asText()).isEqualTo("reviewer1");
    });
    ResponseEntity<String> noNote = supervisor.postJson(COCKPIT + "/tasks/" + review.getId(), "{\"note\":\"\"}");
    assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noNote.getBody()).contains("请填写催办意见");
    ResponseEntity<String> urged = supervisor.postJson(COCKPIT + "/tasks/" + review.getId(),
        "{\"note\":\"请于今日内完成审查\"}");
    assertThat(urged.getStatusCode()).as(urged.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> caseUrged = supervisor.postJson(COCKPIT + "/cases/" + caseNumber, "{\"note\":\"整件催办\"}");
    assertThat(caseUrged.getStatusCode()).as(caseUrged.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(supervisor.get(COCKPIT + "/cases/" + caseNumber).getBody()).get("urges")).hasSize(2);

    JsonNode after = json.readTree(supervisor.get(COCKPIT + "/statistics").getBody());
    String stage = json.readTree(urged.getBody()).get("stage").asText();
    assertThat(count(after.get("perStage"), stage) - count(before.get("perStage"), stage)).isEqualTo(2);
    assertThat(count(after.get("perOfficer"), "reviewer1") - count(before.get("perOfficer"), "reviewer1")).isEqualTo(2);

    // an auditor reads, but does not urge
    WebappSession auditor = WebappSession.login(rest, "cockpit", "auditor1", password);
    assertThat(auditor.get(COCKPIT + "/statistics").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> refused = auditor.postJson(COCKPIT + "/tasks/" + review.getId(), "{\"note\":\"催\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("只有电子监察人员和局负责人可以催办");
    assertThat(json.readTree(auditor.get(COCKPIT + "/cases/" + caseNumber).getBody()).get("mayUrge").asBoolean())
        .isFalse();

    // Tasklist: the assignee reads the urges of the task; a window officer gets nothing of it
    WebappSession reviewer = WebappSession.login(rest, "tasklist", "reviewer1", password);
    JsonNode marks = json.readTree(reviewer.get(TASKLIST + "/tasks/" + review.getId()).getBody());
    assertThat(marks.get("urges")).extracting(u -> u.get("note").asText())
        .containsExactly("请于今日内完成审查", "整件催办");
    WebappSession window = WebappSession.login(rest, "tasklist", "window1", password);
    assertThat(window.get(TASKLIST + "/tasks/" + review.getId()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(WebappSession.anonymous(rest).get(TASKLIST + "/tasks/" + review.getId()).getStatusCode().is4xxClientError())
        .isTrue();
  }

  /**
   * The bureau head urges from Tasklist (the navbar's 催办): the carded open steps of the head's bureau, a case's open
   * steps by its number, the urge; another bureau's head and the reviewer are refused with the rule.
   */
  @Test
  void theBureauHeadUrgesACardedStepFromTasklist() throws Exception {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    var now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    cards.insert(new Card(0, caseNumber, "FoodBusinessLicence", "city", review.getId(), "审查", review.getId(),
        CardKind.YELLOW, now, now, "reviewer", null, "OPEN", null, null, null));

    WebappSession head = WebappSession.login(rest, "tasklist", "head1", password);
    JsonNode carded = json.readTree(head.get(TASKLIST + "/steps").getBody());
    assertThat(carded).filteredOn(s -> s.get("taskId").asText().equals(review.getId())).singleElement()
        .satisfies(s -> {
          assertThat(s.get("caseNumber").asText()).isEqualTo(caseNumber);
          assertThat(s.get("card").asText()).isEqualTo("黄牌");
          assertThat(s.get("holder").asText()).as("the group by its name while unclaimed").endsWith("（待认领）")
              .doesNotStartWith("reviewer");
          assertThat(s.get("urges").asInt()).isZero();
        });
    JsonNode view = json.readTree(head.get(TASKLIST + "/cases/" + caseNumber).getBody());
    assertThat(view.get("mayUrge").asBoolean()).isTrue();
    assertThat(view.get("steps")).extracting(s -> s.get("taskId").asText()).containsExactly(review.getId());
    ResponseEntity<String> urged = head.postJson(TASKLIST + "/tasks/" + review.getId(), "{\"note\":\"黄牌预警，请抓紧\"}");
    assertThat(urged.getStatusCode()).as(urged.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(head.get(TASKLIST + "/steps").getBody()))
        .filteredOn(s -> s.get("taskId").asText().equals(review.getId()))
        .singleElement().satisfies(s -> assertThat(s.get("urges").asInt()).isEqualTo(1));

    WebappSession countyHead = WebappSession.login(rest, "tasklist", "ahead1", password);
    assertThat(json.readTree(countyHead.get(TASKLIST + "/steps").getBody()))
        .noneMatch(s -> s.get("caseNumber").asText().equals(caseNumber));
    ResponseEntity<String> otherBureau = countyHead.postJson(TASKLIST + "/tasks/" + review.getId(), "{\"note\":\"催\"}");
    assertThat(otherBureau.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherBureau.getBody()).contains("只能催办本局的办件");
    WebappSession reviewer = WebappSession.login(rest, "tasklist", "reviewer1", password);
    ResponseEntity<String> notAllowed = reviewer.get(TASKLIST + "/steps");
    assertThat(notAllowed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notAllowed.getBody()).contains("只有电子监察人员和局负责人可以催办");
    assertThat(reviewer.postJson(TASKLIST + "/cases/" + caseNumber, "{\"note\":\"催\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(urges.ofCase(caseNumber)).extracting(Urge::urgedBy).containsExactly("head1");
  }

  private static int count(JsonNode rows, String name) {
    for (JsonNode row : rows) {
      if (row.get("name").asText().equals(name)) {
        return row.get("urges").asInt();
      }
    }
    return 0;
  }
}
