package cn.gov.oneseal.urging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.Cards;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * A repeated urge of a step with a red card goes on to the bureau head of the step's bureau (a 催办升级 task in their
 * 被催办 and 组待办, not another bureau's head's); a repeated urge without a red card, or a first urge with one, does not.
 */
class UrgeEscalationTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Urges urges;
  @Autowired Cards cards;

  JsonNode urge(String user, String taskId, String note) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = rest.withBasicAuth(user, "OneSeal-2026").exchange("/api/v1/tasks/" + taskId
        + "/urges", HttpMethod.POST, new HttpEntity<>(json.writeValueAsString(Map.of("note", note)), headers),
        String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(answer.getBody());
  }

  List<Task> shown(String userId, String filterName) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    return officers.as(userId, () -> engine.getFilterService().<Task>list(filter.getId()));
  }

  Task reviewOfNewCase() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    return officers.task(caseNumber, "Task_ReviewApplication");
  }

  void redCard(Task task) {
    String caseNumber = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    var now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    cards.insert(new Card(0, caseNumber, "FoodBusinessLicence", "city", task.getId(), "审查", task.getId(),
        CardKind.RED, now, now, "reviewer", null, "OPEN", null, null, null));
  }

  @Test
  void theSecondUrgeOfARedCardStepGoesToTheBureauHead() throws Exception {
    Task review = reviewOfNewCase();
    redCard(review);

    JsonNode first = urge("supervisor1", review.getId(), "已亮红牌，请立即办理");
    assertThat(first.get("escalated").asBoolean()).as("a first urge stays with the group").isFalse();
    JsonNode second = urge("supervisor1", review.getId(), "第二次催办：仍未办理");

    assertThat(second.get("escalated").asBoolean()).isTrue();
    String escalation = second.get("escalationTaskId").asText();
    Task headTask = engine.getTaskService().createTaskQuery().taskId(escalation).singleResult();
    assertThat(headTask.getName()).startsWith("催办升级").contains(review.getName().split(" · ")[1]);
    assertThat(headTask.getDescription()).contains("第二次催办：仍未办理").contains("第 2 次被催办");
    assertThat(headTask.getTenantId()).isEqualTo("city");
    assertThat(engine.getTaskService().getVariableLocal(escalation, CaseVariables.URGED)).isEqualTo(true);
    // the city's head notices it in 被催办 and 组待办; the county's head and the reviewers do not see it
    assertThat(shown("head1", "被催办")).extracting(Task::getId).contains(escalation);
    assertThat(shown("head1", "组待办")).extracting(Task::getId).contains(escalation);
    assertThat(shown("ahead1", "被催办")).extracting(Task::getId).doesNotContain(escalation);
    assertThat(shown("reviewer1", "被催办")).extracting(Task::getId).contains(review.getId()).doesNotContain(escalation);
    // a third urge while the head's task is open is recorded as escalated to the same task
    JsonNode third = urge("head1", review.getId(), "局负责人督促");
    assertThat(third.get("escalationTaskId").asText()).isEqualTo(escalation);
    assertThat(urges.ofTask(escalation)).extracting(Urge::note).containsExactly("第二次催办：仍未办理", "局负责人督促");
    assertThat(engine.getTaskService().createTaskQuery().taskName(headTask.getName()).count()).isEqualTo(1);
    // the head can work on it
    officers.run("head1", () -> {
      engine.getTaskService().claim(escalation, "head1");
      engine.getTaskService().complete(escalation);
    });
    assertThat(engine.getTaskService().createTaskQuery().taskId(escalation).count()).isZero();
  }

  @Test
  void withoutARedCardARepeatedUrgeIsNotEscalated() throws Exception {
    Task review = reviewOfNewCase();
    urge("supervisor1", review.getId(), "请尽快");
    JsonNode again = urge("supervisor1", review.getId(), "再次提醒");
    assertThat(again.get("escalated").asBoolean()).isFalse();
    assertThat(again.get("escalationTaskId").isNull()).isTrue();
    assertThat(urges.ofTask(review.getId())).hasSize(2).noneMatch(Urge::escalated);
  }

  @Test
  void twoSupervisorsUrgingARedCardStepAtOnceOpenOneEscalationTask() throws Exception {
    Task review = reviewOfNewCase();
    redCard(review);
    urge("supervisor1", review.getId(), "已亮红牌，请立即办理");

    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<JsonNode>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String note = "同时催办 " + i;
        answers.add(pool.submit(() -> {
          start.await();
          return urge("supervisor1", review.getId(), note);
        }));
      }
      start.countDown();
      java.util.Set<String> escalations = new java.util.HashSet<>();
      for (var answer : answers) {
        escalations.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS).get("escalationTaskId").asText());
      }
      assertThat(escalations).as("every repeated urge escalated to the same head's task").hasSize(1);
      assertThat(engine.getTaskService().createTaskQuery().taskNameLike("催办升级%" + caseNumberOf(review))
          .count()).as("one 催办升级 task for the head").isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  String caseNumberOf(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }
}
