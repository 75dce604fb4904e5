package cn.gov.oneseal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 征求意见 in Tasklist: the decider picks consultees by Chinese name and asks through the plugin's REST, the consultee
 * answers through Tasklist's own engine API (the form), the decider reads the answers in the task's tab; the decision
 * cannot be submitted through Tasklist's engine API while an answer is missing (400 in Chinese); the plugin's assets
 * are served.
 */
class ConsultationWebappTest extends CaseTest {

  static final String PLUGIN = "/camunda/api/tasklist/plugin/" + ConsultationTasklistPlugin.ID + "/default";
  static final String ENGINE = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Value("${oneseal.demo.password}") String password;

  static final String COCKPIT = "/camunda/api/cockpit/plugin/" + ConsultationCockpitPlugin.ID + "/default";

  /** 电子监察看板's 征求意见统计: how many consultations a stage and an officer asked, and how their replies ended. */
  int counted(WebappSession supervisor, String table, String name, String column) throws Exception {
    for (JsonNode row : json.readTree(supervisor.get(COCKPIT + "/statistics").getBody()).get(table)) {
      if (row.get("name").asText().equals(name)) {
        return row.get(column).asInt();
      }
    }
    return 0;
  }

  @Test
  void theDeciderConsultsInTasklistAndCannotDecideBeforeTheAnswer() throws Exception {
    WebappSession supervisor = WebappSession.login(rest, "cockpit", "supervisor1", password);
    int askedBefore = counted(supervisor, "perOfficer", "decider1", "consultations");
    int answeredBefore = counted(supervisor, "perOfficer", "decider1", "answered");
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    WebappSession decider = WebappSession.login(rest, "tasklist", "decider1", password);
    String task = PLUGIN + "/tasks/" + decide.getId();

    // not claimed yet: no button (the officer of the task only)
    assertThat(decider.get(task + "/consultees").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(decider.postJson(ENGINE + "/task/" + decide.getId() + "/claim", "{\"userId\":\"decider1\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode consultees = json.readTree(decider.get(task + "/consultees").getBody());
    assertThat(consultees.get("users").toString()).contains("刘志远（局负责人）").contains("方毅（勘验专家）");
    assertThat(consultees.get("groups").toString()).contains("\"name\":\"局负责人\"");

    ResponseEntity<String> invalid = decider.postJson(task + "/consultations", "{\"question\":\"\",\"workingDays\":0}");
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody()).contains("请填写征求意见的问题").contains("答复期限须为 1 到 10 个工作日的整数");
    ResponseEntity<String> asked = decider.postJson(task + "/consultations",
        "{\"question\":\"是否需附加限期整改条件？\",\"workingDays\":2,\"users\":[\"head1\"]}");
    assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.CREATED);

    String grant = "{\"variables\":{\"decision\":{\"value\":\"grant\"},\"decisionOpinion\":{\"value\":\"准予\"}}}";
    ResponseEntity<String> early = decider.postJson(ENGINE + "/task/" + decide.getId() + "/submit-form", grant);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(early.getBody()).contains("征求意见尚未全部答复").contains("刘志远（head1）");

    // head1 answers through Tasklist (the form's submit)
    WebappSession head = WebappSession.login(rest, "tasklist", "head1", password);
    Task opinion = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_GiveConsultationOpinion").singleResult();
    assertThat(head.get(ENGINE + "/task/" + opinion.getId() + "/form-variables").getBody())
        .contains("是否需附加限期整改条件？");
    assertThat(head.postJson(ENGINE + "/task/" + decide.getId() + "/claim", "{\"userId\":\"head1\"}")
        .getStatusCode().is4xxClientError()).isTrue();
    assertThat(head.postJson(ENGINE + "/task/" + opinion.getId() + "/submit-form",
        "{\"variables\":{\"consultationAnswer\":{\"value\":\"同意附加整改条件\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(counted(supervisor, "perOfficer", "decider1", "consultations")).isEqualTo(askedBefore + 1);
    assertThat(counted(supervisor, "perOfficer", "decider1", "answered")).isEqualTo(answeredBefore + 1);
    assertThat(counted(supervisor, "perStage", "决定", "consultations")).isPositive();
    assertThat(decider.get(COCKPIT + "/statistics").getStatusCode().is4xxClientError())
        .as("the counts are the supervision's, not a decider's").isTrue();
    JsonNode tab = json.readTree(decider.get(task + "/consultations").getBody());
    assertThat(tab.get(0).get("replies").get(0).get("answer").asText()).isEqualTo("同意附加整改条件");
    assertThat(decider.postJson(ENGINE + "/task/" + decide.getId() + "/submit-form", grant).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> asset = WebappSession.anonymous(rest).get(PLUGIN.replace("/default", "")
        + "/static/app/plugin.js");
    assertThat(asset.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asset.getBody()).contains("征求意见");
  }
}
