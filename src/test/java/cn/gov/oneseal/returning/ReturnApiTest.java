package cn.gov.oneseal.returning;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.supervision.Statistics;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.WebappSession;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 退回 from outside, as the officers try it: {@code POST /api/v1/tasks/{id}/return} and its refusals, the same rules
 * when the task is completed with the return choice over {@code /engine-rest} and Tasklist's engine API, the returned
 * task to the earlier officer (their stand-in when away, the group when they may not take it), 一审一核 after a
 * return, the clock, the case's timeline and the e-supervision statistics.
 */
class ReturnApiTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";

  @Autowired TestRestTemplate rest;
  @Autowired TaskReturns returns;
  @Autowired CaseHistory caseHistory;
  @Autowired ClockService clocks;
  @Autowired Statistics statistics;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  @AfterEach
  void noAbsencesLeft() {
    jdbc.update("delete from officer_absence");
  }

  ResponseEntity<String> send(String user, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD).exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }

  ResponseEntity<String> returnTask(String user, String taskId, String reason) {
    return send(user, HttpMethod.POST, "/api/v1/tasks/" + taskId + "/return",
        "{\"reason\":" + (reason == null ? "null" : "\"" + reason + "\"") + "}");
  }

  /** A food case reviewed by reviewer1, its decision claimed by decider1. */
  String atDecisionOfDecider1() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    officers.run("decider1", () -> engine.getTaskService().claim(decide.getId(), "decider1"));
    return caseNumber;
  }

  @Test
  void theApiRefusesWithTheRuleAndWritesNothing() {
    String caseNumber = atDecisionOfDecider1();
    String taskId = officers.task(caseNumber, "Task_DecideApplication").getId();
    ResponseEntity<String> noReason = returnTask("decider1", taskId, "  ");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("\"field\":\"reason\"", "请填写退回理由");
    assertThat(returnTask("decider1", taskId, "长".repeat(501)).getBody()).contains("退回理由不能超过 500 个字");
    ResponseEntity<String> notAssignee = returnTask("decider2", taskId, "请重审");
    assertThat(notAssignee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notAssignee.getBody()).contains("只有任务的办理人才能退回");
    // another bureau's decider does not see the task at all
    assertThat(returnTask("adecider1", taskId, "请重审").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(returnTask("decider1", "no-such-task", "请重审").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(officers.task(caseNumber, "Task_DecideApplication").getId()).isEqualTo(taskId);
    assertThat(returns.ofCase(caseNumber)).isEmpty();

    // a step that is neither review nor decision cannot be returned
    String other = officers.register("window1", Applications.food()).getBusinessKey();
    Task accept = officers.task(other, "Task_AcceptApplication");
    officers.run("window1", () -> engine.getTaskService().claim(accept.getId(), "window1"));
    ResponseEntity<String> wrongKind = returnTask("window1", accept.getId(), "退回");
    assertThat(wrongKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongKind.getBody()).contains("只有审查任务（退回受理）和决定任务（退回重审）可以退回");
  }

  @Test
  void theDeciderReturnsAndTheReviewerGetsItBackWithTheReasonOnTheRecord() {
    String caseNumber = atDecisionOfDecider1();
    String taskId = officers.task(caseNumber, "Task_DecideApplication").getId();
    var before = clocks.clock(caseNumber);
    ResponseEntity<String> done = returnTask("decider1", taskId, "平面图与现场不符");
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody()).contains("\"kind\":\"TO_REVIEW\"", "\"kindLabel\":\"退回重审\"", "\"from\":\"decider1\"",
        "平面图与现场不符");
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    assertThat(review.getAssignee()).isEqualTo("reviewer1");
    assertThat((String) engine.getTaskService().getVariableLocal(review.getId(), "returnNote"))
        .contains("平面图与现场不符");
    // the clock is not stopped by an internal return
    var after = clocks.clock(caseNumber);
    assertThat(after.state()).isEqualTo(ClockService.RUNNING);
    assertThat(after.statutoryDue()).isEqualTo(before.statutoryDue());
    // reviewer1 sees it, with the case's return, through the API
    assertThat(send("reviewer1", HttpMethod.GET, "/api/v1/tasks/" + review.getId() + "/returns", null).getBody())
        .contains("\"mayReturn\":true", "\"returnLabel\":\"退回受理\"", "平面图与现场不符");
    assertThat(caseHistory.timeline(caseNumber).orElseThrow().entries()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("退回重审");
      assertThat(e.title()).isEqualTo("退回重审：决定 → 审查");
      assertThat(e.detail()).contains("decider1 → reviewer1", "理由：平面图与现场不符");
    });
    // the statistics: per item and per officer
    LocalDate today = LocalDate.of(2026, 3, 2);
    assertThat(statistics.compute(today, today, "FoodBusinessLicence", null, b -> true))
        .singleElement().satisfies(row -> assertThat(row.returns()).isGreaterThanOrEqualTo(1));
    assertThat(statistics.returnsByOfficer(today, today, b -> true)).anySatisfy(o -> {
      assertThat(o.officer()).isEqualTo("decider1");
      assertThat(o.toReview()).isGreaterThanOrEqualTo(1);
    });
    assertThat(send("supervisor1", HttpMethod.GET, "/api/v1/supervision/returns?from=2026-03-02&to=2026-03-02", null)
        .getBody()).contains("\"officer\":\"decider1\"");
    assertThat(send("decider1", HttpMethod.GET, "/api/v1/supervision/returns", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theEngineRestAndTasklistsApiObeyTheSameRules() {
    String caseNumber = atDecisionOfDecider1();
    String taskId = officers.task(caseNumber, "Task_DecideApplication").getId();
    ResponseEntity<String> noReason = send("decider1", HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"decisionAction\":{\"value\":\"return\"}}}");
    assertThat(noReason.getStatusCode().is4xxClientError()).isTrue();
    assertThat(noReason.getBody()).contains("退回理由必填");
    WebappSession tasklist = WebappSession.login(rest, "tasklist", "decider1", PASSWORD);
    ResponseEntity<String> viaTasklist = tasklist.postJson("/camunda/api/engine/engine/default/task/" + taskId
        + "/submit-form", "{\"variables\":{\"decisionAction\":{\"value\":\"return\"},\"returnReason\":{\"value\":\""
        + "长".repeat(501) + "\"}}}");
    assertThat(viaTasklist.getStatusCode().is4xxClientError()).isTrue();
    assertThat(viaTasklist.getBody()).contains("不能超过 500 个字");
    assertThat(returns.ofCase(caseNumber)).isEmpty();
    assertThat(send("decider1", HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
        "{\"variables\":{\"decisionAction\":{\"value\":\"return\"},\"returnReason\":{\"value\":\"请核对平面图\"}}}")
        .getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(returns.ofCase(caseNumber)).singleElement().satisfies(r -> assertThat(r.toUser()).isEqualTo("reviewer1"));
    // the plugin's REST for the Tasklist button answers the same way
    String reviewId = officers.task(caseNumber, "Task_ReviewApplication").getId();
    WebappSession reviewer = WebappSession.login(rest, "tasklist", "reviewer1", PASSWORD);
    assertThat(reviewer.postJson("/camunda/api/tasklist/plugin/oneseal-returning/default/tasks/" + reviewId
        + "/return", "{\"reason\":\"\"}").getBody()).contains("请填写退回理由");
  }

  @Test
  void anAbsentReviewerGivesItToTheStandInAndTheReviewerCannotDecideAfterwards() {
    String caseNumber = atDecisionOfDecider1();
    assertThat(send("head1", HttpMethod.POST, "/api/v1/absences", "{\"userId\":\"reviewer1\",\"standIn\":\"reviewer2\","
        + "\"firstDay\":\"2026-03-02\",\"lastDay\":\"2026-03-04\",\"reason\":\"外出培训\"}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    String taskId = officers.task(caseNumber, "Task_DecideApplication").getId();
    assertThat(returnTask("decider1", taskId, "请补充审查").getStatusCode()).isEqualTo(HttpStatus.OK);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    assertThat(review.getAssignee()).isEqualTo("reviewer2");
    assertThat((String) engine.getTaskService().getVariableLocal(review.getId(), "returnNote"))
        .contains("reviewer2");
    officers.complete("reviewer2", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "已补充审查"));
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(decide.getAssignee()).isEqualTo("decider1");
    // 一审一核: reviewer1 reviewed the case before the return — still not its decider
    engine.getIdentityService().createMembership("reviewer1", "decider");
    try {
      ResponseEntity<String> refused = send("decider1", HttpMethod.POST, "/api/v1/tasks/" + decide.getId()
          + "/transfer", "{\"to\":\"reviewer1\",\"reason\":\"请王强决定\"}");
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("一审一核");
    } finally {
      engine.getIdentityService().deleteMembership("reviewer1", "decider");
    }
  }

  @Test
  void anEarlierOfficerWhoMayNotTakeItLeavesItToTheGroup() {
    String caseNumber = atDecisionOfDecider1();
    engine.getIdentityService().deleteMembership("reviewer1", "reviewer");
    try {
      assertThat(returnTask("decider1", officers.task(caseNumber, "Task_DecideApplication").getId(), "请重审")
          .getStatusCode()).isEqualTo(HttpStatus.OK);
      Task review = officers.task(caseNumber, "Task_ReviewApplication");
      assertThat(review.getAssignee()).isNull();
      assertThat((String) engine.getTaskService().getVariableLocal(review.getId(), "returnNote"))
          .contains("本岗位待认领");
      assertThat(returns.ofCase(caseNumber)).singleElement().satisfies(r -> assertThat(r.toUser()).isNull());
    } finally {
      engine.getIdentityService().createMembership("reviewer1", "reviewer");
    }
  }

  /**
   * 受理审核权下放: the city decides; its 退回重审 runs the review in the city bureau (a called stage runs in the bureau of
   * the process that calls it), so the county reviewer — not of the city — cannot have it: the city's reviewers do.
   */
  @Test
  void theCitysReturnOfADelegatedCaseGoesBackToTheCountyReviewer() {
    Map<String, Object> form = Applications.of("M01", "M02", "M03", "M04", "M05", "M06");
    form.put("businessScope", "FOOD_SALES");
    String caseNumber = officers.register("awindow1", "DrugRetailLicence", form).getBusinessKey();
    officers.complete("awindow1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.surveyAs("asurveylead1", caseNumber, "pass");
    officers.complete("areviewer1", caseNumber, "Task_ReviewApplication", Map.of("reviewRecommendation", "grant",
        "reviewOpinion", "县局审查同意，报市局决定"));
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(decide.getTenantId()).isEqualTo("city");
    officers.run("decider1", () -> engine.getTaskService().claim(decide.getId(), "decider1"));
    assertThat(returnTask("decider1", decide.getId(), "请补充核查仓储设施").getStatusCode()).isEqualTo(HttpStatus.OK);
    // the review runs again in the county that examined the case, with the county reviewer who examined it
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    assertThat(review.getTenantId()).isEqualTo("countyA");
    assertThat(review.getAssignee()).isEqualTo("areviewer1");
    assertThat(officers.as("reviewer1", () -> engine.getTaskService().createTaskQuery().taskId(review.getId())
        .count())).as("not the city's reviewers'").isZero();
    officers.complete("areviewer1", caseNumber, "Task_ReviewApplication", Map.of("reviewRecommendation", "grant",
        "reviewOpinion", "已补充核查仓储设施"));
    Task back = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(back.getTenantId()).isEqualTo("city");
    assertThat(back.getAssignee()).isEqualTo("decider1");
  }

}
