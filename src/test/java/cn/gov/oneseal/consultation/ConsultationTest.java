package cn.gov.oneseal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.clock.CaseClock;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * 征求意见 over the bureau's API and /engine-rest: reviewer2 consults expert1 and then completes the review (the walk of
 * issue 22); the step cannot be completed while a consultee has not answered within the deadline; after the deadline
 * the missing reply is 逾期未回复 and no longer holds the step; the case's clock is not stopped; the rules refuse with
 * field-level Chinese messages.
 */
class ConsultationTest extends CaseTest {

  static final String REVIEW = "{\"variables\":{\"reviewRecommendation\":{\"value\":\"grant\"},"
      + "\"reviewOpinion\":{\"value\":\"符合法定条件\"}}}";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired CaseHistory caseHistory;
  @Autowired ClockService clocks;

  ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      return rest.withBasicAuth(user, "OneSeal-2026").exchange(path, method, new HttpEntity<>(
          body == null ? null : body instanceof String s ? s : json.writeValueAsString(body), headers), String.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> ask(String question, Object days, List<String> users, List<String> groups) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("question", question);
    body.put("workingDays", days);
    body.put("users", users);
    body.put("groups", groups);
    return body;
  }

  /** A food case at its review, claimed by the reviewer. */
  Task reviewClaimedBy(String reviewer) {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    officers.run(reviewer, () -> engine.getTaskService().claim(review.getId(), reviewer));
    return review;
  }

  String caseOf(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }

  Task consulteeTask(String caseNumber, String user) {
    return officers.as(user, () -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_GiveConsultationOpinion").taskCandidateUser(user).singleResult());
  }

  @Test
  void reviewer2ConsultsExpert1AndThenCompletesTheReview() throws Exception {
    Task review = reviewClaimedBy("reviewer2");
    String caseNumber = caseOf(review);
    CaseClock before = clocks.clock(caseNumber);
    String consultations = "/api/v1/tasks/" + review.getId() + "/consultations";

    JsonNode consultees = json.readTree(send("reviewer2", HttpMethod.GET, "/api/v1/tasks/" + review.getId()
        + "/consultees", null).getBody());
    assertThat(consultees.toString()).contains("\"id\":\"expert1\"").contains("方毅").doesNotContain("\"reviewer2\"")
        .doesNotContain("areviewer1").contains("市场监督管理局");

    ResponseEntity<String> asked = send("reviewer2", HttpMethod.POST, consultations,
        ask("后厨排烟设施与图纸不符，是否影响准予许可？", 3, List.of("expert1"), null));
    assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode consultation = json.readTree(asked.getBody());
    assertThat(consultation.get("replies").get(0).get("consulteeName").asText()).isEqualTo("方毅（expert1）");
    assertThat(consultation.get("replies").get(0).get("stateLabel").asText()).isEqualTo("待答复");

    // expert1 sees a task with the case and the question, and no right on the case's own task
    Task opinion = consulteeTask(caseNumber, "expert1");
    assertThat(opinion).isNotNull();
    assertThat(opinion.getTenantId()).isEqualTo("city");
    assertThat(opinion.getName()).startsWith("答复征求意见 · " + caseNumber);
    assertThat(engine.getTaskService().getVariable(opinion.getId(), "consultationQuestion"))
        .isEqualTo("后厨排烟设施与图纸不符，是否影响准予许可？");
    assertThat(send("expert1", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber, null)
        .getBody()).contains(opinion.getId()).doesNotContain(review.getId());
    assertThat(send("expert1", HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/submit-form", REVIEW)
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(send("expert1", HttpMethod.POST, consultations, ask("?", 1, List.of("reviewer1"), null))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // the review cannot be completed before the answer: over /engine-rest (as Tasklist) in Chinese
    ResponseEntity<String> early = send("reviewer2", HttpMethod.POST, "/engine-rest/task/" + review.getId()
        + "/submit-form", REVIEW);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(early.getBody()).contains("征求意见尚未全部答复").contains("方毅（expert1）");
    assertThat(officers.task(caseNumber, "Task_ReviewApplication")).isNotNull();

    // the answer is required, then recorded
    ResponseEntity<String> empty = send("expert1", HttpMethod.POST, "/engine-rest/task/" + opinion.getId()
        + "/submit-form", "{\"variables\":{\"consultationAnswer\":{\"value\":\" \"}}}");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("答复意见");
    assertThat(send("expert1", HttpMethod.POST, "/engine-rest/task/" + opinion.getId() + "/submit-form",
        "{\"variables\":{\"consultationAnswer\":{\"value\":\"排烟管道改道不影响准予，可要求限期整改\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode read = json.readTree(send("reviewer2", HttpMethod.GET, consultations, null).getBody()).get(0);
    assertThat(read.get("settled").asBoolean()).isTrue();
    assertThat(read.get("replies").get(0).get("state").asText()).isEqualTo("ANSWERED");
    assertThat(read.get("replies").get(0).get("answer").asText()).isEqualTo("排烟管道改道不影响准予，可要求限期整改");
    assertThat(read.get("replies").get(0).get("answeredBy").asText()).isEqualTo("expert1");
    assertThat(read.get("askedByName").asText()).isEqualTo("赵磊（reviewer2）");
    assertThat(send("window2", HttpMethod.GET, consultations, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("areviewer1", HttpMethod.GET, consultations, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(send("reviewer2", HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/submit-form", REVIEW)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(officers.task(caseNumber, "Task_DecideApplication")).isNotNull();

    CaseClock after = clocks.clock(caseNumber);
    assertThat(after.state()).isEqualTo(ClockService.RUNNING);
    assertThat(after.statutoryDue()).isEqualTo(before.statutoryDue());
    assertThat(after.promisedDue()).isEqualTo(before.promisedDue());
    assertThat(after.pausedDays()).isEqualTo(before.pausedDays());
    List<CaseHistory.Entry> timeline = caseHistory.timeline(caseNumber).orElseThrow().entries();
    assertThat(timeline).filteredOn(e -> e.type().equals("征求意见")).singleElement().satisfies(e -> {
      assertThat(e.title()).isEqualTo("“审查”环节征求 方毅（expert1） 的意见");
      assertThat(e.officer()).contains("reviewer2");
      assertThat(e.detail()).contains("后厨排烟设施与图纸不符").contains("3 个工作日");
    });
    assertThat(timeline).filteredOn(e -> e.type().equals("征求意见答复")).singleElement().satisfies(e -> {
      assertThat(e.officer()).contains("expert1");
      assertThat(e.detail()).contains("排烟管道改道不影响准予");
    });
  }

  @Test
  void afterTheDeadlineTheMissingReplyIsOverdueAndNoLongerHoldsTheStep() throws Exception {
    Task review = reviewClaimedBy("reviewer1");
    String caseNumber = caseOf(review);
    Date reviewDue = review.getDueDate();
    CaseClock before = clocks.clock(caseNumber);
    ResponseEntity<String> asked = send("reviewer1", HttpMethod.POST, "/api/v1/tasks/" + review.getId()
        + "/consultations", ask("申请人曾受行政处罚，是否影响许可？", 1, List.of("expert1"), List.of("regulatorSamr")));
    assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode consultation = json.readTree(asked.getBody());
    assertThat(consultation.get("replies").get(1).get("consulteeName").asText()).isEqualTo("市场监督管理局");

    // samr1 (of the group) finds the task; expert1 answers, the department does not
    Task samr = officers.as("samr1", () -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_GiveConsultationOpinion")
        .taskCandidateGroup("regulatorSamr").singleResult());
    assertThat(samr).isNotNull();
    // each finds it in the shared filter 征求我的意见; the asking officer does not
    String filter = engine.getFilterService().createFilterQuery().filterName("征求我的意见").singleResult().getId();
    assertThat(officers.as("samr1", () -> engine.getFilterService().<Task>list(filter))).extracting(Task::getId)
        .contains(samr.getId());
    assertThat(officers.as("expert1", () -> engine.getFilterService().<Task>list(filter))).extracting(Task::getId)
        .contains(consulteeTask(caseNumber, "expert1").getId()).doesNotContain(samr.getId());
    assertThat(officers.as("reviewer1", () -> engine.getFilterService().<Task>list(filter))).extracting(Task::getId)
        .doesNotContain(samr.getId(), consulteeTask(caseNumber, "expert1").getId());
    officers.run("expert1", () -> engine.getFormService().submitTaskForm(consulteeTask(caseNumber, "expert1").getId(),
        Map.of("consultationAnswer", "不影响")));
    ResponseEntity<String> blocked = send("reviewer1", HttpMethod.POST, "/engine-rest/task/" + review.getId()
        + "/complete", REVIEW);
    assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blocked.getBody()).contains("仍在等待 市场监督管理局").doesNotContain("方毅");

    // the deadline passes: the timer records 逾期未回复 and ends the department's task
    Date due = Date.from(java.time.OffsetDateTime.parse(consultation.get("dueAt").asText()).toInstant());
    ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(samr.getProcessInstanceId())
        .timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(due);
    engine.getManagementService().executeJob(timer.getId());
    assertThat(engine.getTaskService().createTaskQuery().taskId(samr.getId()).singleResult()).isNull();

    JsonNode read = json.readTree(send("reviewer1", HttpMethod.GET, "/api/v1/tasks/" + review.getId()
        + "/consultations", null).getBody()).get(0);
    assertThat(read.get("replies").get(0).get("state").asText()).isEqualTo("ANSWERED");
    assertThat(read.get("replies").get(1).get("state").asText()).isEqualTo("OVERDUE");
    assertThat(read.get("replies").get(1).get("stateLabel").asText()).isEqualTo("逾期未回复");
    assertThat(send("reviewer1", HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/submit-form", REVIEW)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    CaseClock after = clocks.clock(caseNumber);
    assertThat(after.statutoryDue()).isEqualTo(before.statutoryDue());
    assertThat(after.pausedDays()).isEqualTo(before.pausedDays());
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(review.getId()).singleResult()
        .getDueDate()).isEqualTo(reviewDue);
    assertThat(caseHistory.timeline(caseNumber).orElseThrow().entries())
        .filteredOn(e -> e.type().equals("征求意见答复")).extracting(CaseHistory.Entry::title)
        .containsExactlyInAnyOrder("方毅（expert1） 答复征求意见", "市场监督管理局 逾期未回复");
  }

  @Test
  void theRulesRefuseWithTheRuleInChineseFieldByField() throws Exception {
    Task review = reviewClaimedBy("reviewer2");
    String path = "/api/v1/tasks/" + review.getId() + "/consultations";

    ResponseEntity<String> nothing = send("reviewer2", HttpMethod.POST, path, "{}");
    assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(nothing.getBody()).get("errors");
    assertThat(errors.toString()).contains("\"field\":\"question\"").contains("请填写征求意见的问题")
        .contains("\"field\":\"workingDays\"").contains("答复期限须为 1 到 10 个工作日的整数")
        .contains("\"field\":\"users\"").contains("请至少选择一位被征求意见的工作人员或一个部门");
    assertThat(send("reviewer2", HttpMethod.POST, path, ask("问".repeat(501), 3, List.of("expert1"), null)).getBody())
        .contains("征求意见的问题不能超过 500 字");
    assertThat(send("reviewer2", HttpMethod.POST, path, ask("问", 11, List.of("expert1"), null)).getBody())
        .contains("答复期限须为 1 到 10 个工作日的整数");
    assertThat(send("reviewer2", HttpMethod.POST, path, ask("问", "3", List.of("expert1"), null)).getBody())
        .contains("workingDays 应为整数");
    assertThat(send("reviewer2", HttpMethod.POST, path, ask("问", 3, List.of("reviewer2"), null)).getBody())
        .contains("不能向自己征求意见");
    assertThat(send("reviewer2", HttpMethod.POST, path, ask("问", 3, List.of("nobody9"), null)).getBody())
        .contains("没有用户 nobody9");
    ResponseEntity<String> otherBureau = send("reviewer2", HttpMethod.POST, path,
        ask("问", 3, List.of("areviewer1"), null));
    assertThat(otherBureau.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherBureau.getBody()).contains("不属于本办件所在的");
    assertThat(send("reviewer2", HttpMethod.POST, path, ask("问", 3, List.of("auditor1"), null)).getBody())
        .contains("只能向办理业务的工作人员、部门或专家征求意见");
    assertThat(send("reviewer2", HttpMethod.POST, path, ask("问", 3, null, List.of("auditor"))).getBody())
        .contains("只能向办理业务的岗位组、部门或专家库征求意见");
    assertThat(send("reviewer2", HttpMethod.POST, path, ask("问", 3, null, List.of("supervisor"))).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    // not the task's officer, another bureau, not a review or decision task
    ResponseEntity<String> notAssignee = send("reviewer1", HttpMethod.POST, path, ask("问", 3, List.of("expert1"), null));
    assertThat(notAssignee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notAssignee.getBody()).contains("只有任务的办理人");
    assertThat(send("areviewer1", HttpMethod.POST, path, ask("问", 3, List.of("expert1"), null)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    String other = officers.register("window1", Applications.food()).getBusinessKey();
    Task accept = officers.task(other, "Task_AcceptApplication");
    officers.run("window1", () -> engine.getTaskService().claim(accept.getId(), "window1"));
    ResponseEntity<String> notConsultable = send("window1", HttpMethod.POST, "/api/v1/tasks/" + accept.getId()
        + "/consultations", ask("问", 3, List.of("expert1"), null));
    assertThat(notConsultable.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(notConsultable.getBody()).contains("只能在审查、决定环节的任务上征求意见");

    // nothing was written, no consultee task started
    assertThat(send("reviewer2", HttpMethod.GET, path, null).getBody()).isEqualTo("[]");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseOf(review))
        .taskDefinitionKey("Task_GiveConsultationOpinion").count()).isZero();
  }
}
