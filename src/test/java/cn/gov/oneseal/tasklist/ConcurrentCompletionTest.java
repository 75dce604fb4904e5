package cn.gov.oneseal.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two deciders submit the same decision at the same moment (released together by a latch, several cases in a
 * row so that the requests really overlap), over /engine-rest and through Tasklist's own API: one decision is
 * taken, the other officer is told plainly that the task has just been done by someone else (409), and the case
 * holds exactly one decision. A claim of a task another officer has claimed is 409 too.
 */
class ConcurrentCompletionTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  @Test
  void oneOfTwoOfficersCompletingTheSameTaskWinsAndTheOtherIsToldWhy() throws Exception {
    WebappSession tasklist1 = WebappSession.login(rest, "tasklist", "decider1", "OneSeal-2026");
    WebappSession tasklist2 = WebappSession.login(rest, "tasklist", "decider2", "OneSeal-2026");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> answers = new ArrayList<>();
    try {
      for (int round = 0; round < 4; round++) {
        String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
        officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
        officers.passSurvey(caseNumber);
        officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
            Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
        String task = officers.task(caseNumber, "Task_DecideApplication").getId();

        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> submitted = new ArrayList<>();
        boolean viaTasklist = round % 2 == 1;
        for (String decider : List.of("decider1", "decider2")) {
          WebappSession session = decider.equals("decider1") ? tasklist1 : tasklist2;
          String decision = decider.equals("decider1") ? "grant" : "deny";
          submitted.add(pool.submit(() -> {
            start.await();
            return viaTasklist
                ? session.postJson("/camunda/api/engine/engine/default/task/" + task + "/submit-form", form(decision))
                : submit(decider, task, decision);
          }));
        }
        start.countDown();
        ResponseEntity<String> first = submitted.get(0).get(60, TimeUnit.SECONDS);
        ResponseEntity<String> second = submitted.get(1).get(60, TimeUnit.SECONDS);

        List<ResponseEntity<String>> both = List.of(first, second);
        assertThat(both).as(first + " / " + second).filteredOn(r -> r.getStatusCode() == HttpStatus.NO_CONTENT)
            .hasSize(1);
        ResponseEntity<String> lost = both.stream().filter(r -> r.getStatusCode() != HttpStatus.NO_CONTENT)
            .findFirst().orElseThrow();
        assertThat(lost.getStatusCode()).as((viaTasklist ? "Tasklist: " : "/engine-rest: ") + lost.getBody())
            .isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(lost.getBody()).get("message").asText())
            .isEqualTo("该任务刚由他人办理完毕或正在办理，请刷新待办列表后查看办件的当前环节");
        answers.add(lost.getBody());

        // one decision, taken by the one who won, and the case moved on once
        boolean grantWon = first.getStatusCode() == HttpStatus.NO_CONTENT;
        assertThat(caseFiles.get(caseNumber).decidedBy()).isEqualTo(grantWon ? "decider1" : "decider2");
        assertThat(caseFiles.opinions(caseNumber)).filteredOn(o -> o.stage().equals("decision")).hasSize(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
            .taskDefinitionKey(grantWon ? "Task_IssueLicence" : "Task_DeliverDenial").count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
            .taskDefinitionKey("Task_DecideApplication").count()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(answers).hasSize(4);
  }

  @Test
  void aTaskClaimedByOneOfficerCannotBeClaimedByAnother() throws Exception {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    String task = officers.task(caseNumber, "Task_AcceptApplication").getId();
    assertThat(claim("window1", task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> second = claim("window2", task);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(second.getBody()).get("message").asText()).isEqualTo("该任务已由 window1 认领，请刷新待办列表");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("window1");
    // a completed task asked for again is no server error either
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    ResponseEntity<String> late = claim("window2", task);
    assertThat(late.getStatusCode()).as(late.getBody()).isIn(HttpStatus.CONFLICT, HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<String> claim(String officer, String task) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(officer, "OneSeal-2026").postForEntity("/engine-rest/task/" + task + "/claim",
        new HttpEntity<>("{\"userId\":\"" + officer + "\"}", headers), String.class);
  }

  private static String form(String decision) {
    return "{\"variables\":{\"decision\":{\"value\":\"" + decision + "\"},\"decisionOpinion\":{\"value\":\""
        + (decision.equals("grant") ? "准予" : "不予许可，理由：场所不符合要求") + "\"}}}";
  }

  private ResponseEntity<String> submit(String decider, String task, String decision) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(decider, "OneSeal-2026").postForEntity("/engine-rest/task/" + task + "/submit-form",
        new HttpEntity<>(form(decision), headers), String.class);
  }

  @Test
  void aTaskThatNeverExistedIsNotFoundNotSomeoneElsesWork() {
    WebappSession tasklist = WebappSession.login(rest, "tasklist", "decider1", "OneSeal-2026");
    String never = java.util.UUID.randomUUID().toString();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    List<ResponseEntity<String>> answers = List.of(
        rest.withBasicAuth("decider1", "OneSeal-2026").postForEntity("/engine-rest/task/" + never + "/claim",
            new HttpEntity<>("{\"userId\":\"decider1\"}", headers), String.class),
        rest.withBasicAuth("decider1", "OneSeal-2026").postForEntity("/engine-rest/task/" + never + "/submit-form",
            new HttpEntity<>("{\"variables\":{}}", headers), String.class),
        tasklist.postJson("/camunda/api/engine/engine/default/task/" + never + "/claim", "{\"userId\":\"decider1\"}"));
    for (ResponseEntity<String> answer : answers) {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).contains("没有找到该任务").doesNotContain("他人");
    }
  }
}
