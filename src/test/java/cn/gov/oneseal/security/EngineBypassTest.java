package cn.gov.oneseal.security;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.WebappSession;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The ways around a step that the engine's REST API would offer, tried as every role of the bureau and every
 * technical client, on {@code /engine-rest} and (as the window) on Tasklist's own API: set the survey's result on
 * the survey stage, move it to its end, fire or re-date the intake's five-working-day timer, send the applicant's
 * corrections as a message, migrate an instance, start an item at its decision, throw a BPMN error, signal. Each is
 * refused with 403 and the cases are as they were.
 */
class EngineBypassTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";
  static final Map<String, String> CALLERS = new LinkedHashMap<>();
  /** Callers outside the city bureau whose cases are attacked. */
  static final java.util.Set<String> OUTSIDERS = java.util.Set.of("awindow1", "monitor1");

  static {
    for (String user : List.of("window1", "reviewer1", "decider1", "head1", "surveylead1", "expert1", "samr1",
        "fire1", "supervisor1", "auditor1", "analyst1", "monitor1", "awindow1")) {
      CALLERS.put(user, PASSWORD);
    }
    CALLERS.put("portal", "OneSeal-Hall-2026");
    CALLERS.put("samrSystem", "OneSeal-Samr-2026");
  }

  @Autowired TestRestTemplate rest;

  /** A case at its survey (stage waiting at Task_ScheduleSurvey), one at its intake (timer pending), one at corrections. */
  record Cases(String surveyed, String surveyStage, String atIntake, Job timer, String correcting) {}

  private Cases cases() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String surveyed = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", surveyed, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    String surveyStage = officers.task(surveyed, "Task_ScheduleSurvey").getProcessInstanceId();
    String atIntake = officers.register("window1", Applications.food()).getBusinessKey();
    Job timer = engine.getManagementService().createJobQuery().timers()
        .processInstanceId(officers.task(atIntake, "Task_AcceptApplication").getProcessInstanceId()).singleResult();
    Map<String, Object> application = Applications.of("M01", "M02");
    application.put("businessScope", "FOOD_SALES");
    String correcting = officers.register("window1", application).getBusinessKey();
    officers.complete("window1", correcting, "Task_AcceptApplication", Map.of("intakeDecision", "correct",
        "correctionMaterials", Spin.JSON("[\"M03\",\"M04\"]"), "correctionDetails", "缺少经营布局和操作流程文件",
        "correctionWorkingDays", 5L));
    return new Cases(surveyed, surveyStage, atIntake, timer, correcting);
  }

  /** The attacks, each as (method, path, body) on one of the engine's REST surfaces (prefix). */
  private Map<String, String[]> attacks(Cases cases, String migrationPlan) {
    String food = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("FoodBusinessLicence").latestVersion().singleResult().getId();
    Map<String, String[]> attacks = new LinkedHashMap<>();
    attacks.put("set the survey's result", new String[] {"PUT", "/process-instance/" + cases.surveyStage()
        + "/variables/surveyResult", "{\"value\":\"pass\",\"type\":\"String\"}"});
    attacks.put("set variables in bulk", new String[] {"POST", "/process-instance/" + cases.surveyStage()
        + "/variables", "{\"modifications\":{\"surveyResult\":{\"value\":\"pass\"}}}"});
    attacks.put("move the survey to its end", new String[] {"POST", "/process-instance/" + cases.surveyStage()
        + "/modification", "{\"skipCustomListeners\":true,\"instructions\":[{\"type\":\"cancel\",\"activityId\":"
        + "\"Task_ScheduleSurvey\"},{\"type\":\"startBeforeActivity\",\"activityId\":\"EndEvent_SurveyPassed\"}]}"});
    attacks.put("fire the five-working-day timer", new String[] {"POST", "/job/" + cases.timer().getId()
        + "/execute", null});
    attacks.put("re-date the timer", new String[] {"PUT", "/job/" + cases.timer().getId() + "/duedate",
        "{\"duedate\":\"2026-03-02T09:30:00.000+0800\"}"});
    attacks.put("recalculate the timer", new String[] {"POST", "/job/" + cases.timer().getId()
        + "/duedate/recalculate", null});
    attacks.put("send the corrections as a message", new String[] {"POST", "/message",
        "{\"messageName\":\"Msg_CorrectionsSubmitted\",\"businessKey\":\"" + cases.correcting() + "\"}"});
    attacks.put("migrate the survey stage", new String[] {"POST", "/migration/execute", migrationPlan});
    attacks.put("start an item at its decision", new String[] {"POST", "/process-definition/" + food + "/start",
        "{\"skipCustomListeners\":true,\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":"
        + "\"Task_DecideApplication\"}]}"});
    attacks.put("suspend the survey stage", new String[] {"PUT", "/process-instance/" + cases.surveyStage()
        + "/suspended", "{\"suspended\":true}"});
    attacks.put("signal", new String[] {"POST", "/signal", "{\"name\":\"anything\"}"});
    return attacks;
  }

  @Test
  void noRoleGoesAroundAStepOnTheEngineRestApi() {
    Cases cases = cases();
    String plan = migrationPlan(cases);
    Date timerDue = cases.timer().getDuedate();
    List<String> allowed = new ArrayList<>();
    for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
      liftLockOut(caller.getKey());
      attacks(cases, plan).forEach((attack, request) -> {
        ResponseEntity<String> answer = send(caller.getKey(), caller.getValue(), request[0],
            "/engine-rest" + request[1], request[2]);
        if (!refused(caller.getKey(), answer)) {
          allowed.add(caller.getKey() + ": " + attack + " → " + answer.getStatusCode().value() + " " + answer.getBody());
        }
      });
    }
    assertThat(allowed).isEmpty();
    unchanged(cases, timerDue);
  }

  /**
   * 403 for the case's own bureau; a caller of another bureau (or of none) does not see the case at all and may also
   * get 404 (or 400 for a message that no case of theirs waits for) — never a 5xx; the refusal is in Chinese.
   */
  private static boolean refused(String caller, ResponseEntity<String> answer) {
    int status = answer.getStatusCode().value();
    boolean chinese = answer.getBody() != null && answer.getBody().codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return chinese && (status == 403 || (OUTSIDERS.contains(caller) && (status == 404 || status == 400)));
  }

  @Test
  void noRoleGoesAroundAStepThroughTasklistsApi() {
    Cases cases = cases();
    String plan = migrationPlan(cases);
    Date timerDue = cases.timer().getDuedate();
    List<String> allowed = new ArrayList<>();
    for (String user : List.of("window1", "surveylead1", "reviewer1", "supervisor1")) {
      WebappSession session = WebappSession.login(rest, user.equals("supervisor1") ? "cockpit" : "tasklist", user,
          PASSWORD);
      attacks(cases, plan).forEach((attack, request) -> {
        ResponseEntity<String> answer = session.exchange(HttpMethod.valueOf(request[0]),
            "/camunda/api/engine/engine/default" + request[1], request[2]);
        if (answer.getStatusCode().value() != 403) {
          allowed.add(user + ": " + attack + " → " + answer.getStatusCode().value() + " " + answer.getBody());
        }
      });
    }
    assertThat(allowed).isEmpty();
    unchanged(cases, timerDue);
  }

  @Test
  void anOfficerWorksTheirOwnTaskThroughItsFormOnly() {
    Cases cases = cases();
    Task accept = officers.task(cases.atIntake(), "Task_AcceptApplication");
    officers.run("window1", () -> engine.getTaskService().claim(accept.getId(), "window1"));
    String task = "/engine-rest/task/" + accept.getId();
    Map<String, ResponseEntity<String>> answers = new LinkedHashMap<>();
    answers.put("set a case variable through the task", send("window1", PASSWORD, "PUT",
        task + "/variables/surveyRequested", "{\"value\":false}"));
    answers.put("set variables through the task", send("window1", PASSWORD, "POST", task + "/variables",
        "{\"modifications\":{\"deficiencyPending\":{\"value\":false}}}"));
    answers.put("hand it to someone else", send("window1", PASSWORD, "POST", task + "/assignee",
        "{\"userId\":\"awindow1\"}"));
    answers.put("re-date it", send("window1", PASSWORD, "PUT", task,
        "{\"name\":\"受理审查\",\"due\":\"2027-12-31T00:00:00.000+0800\"}"));
    answers.put("add a candidate", send("window1", PASSWORD, "POST", task + "/identity-links",
        "{\"groupId\":\"reviewer\",\"type\":\"candidate\"}"));
    answers.put("throw a BPMN error", send("window1", PASSWORD, "POST", task + "/bpmnError",
        "{\"errorCode\":\"skip\"}"));
    assertThat(answers).allSatisfy((attack, answer) -> assertThat(answer.getStatusCode().value()).as(attack)
        .isEqualTo(403));
    // completing with a variable that is not on the form is refused, naming it
    ResponseEntity<String> smuggled = send("window1", PASSWORD, "POST", task + "/submit-form",
        "{\"variables\":{\"intakeDecision\":{\"value\":\"accept\"},\"deficiencyPending\":{\"value\":false}}}");
    assertThat(smuggled.getStatusCode().value()).isEqualTo(400);
    assertThat(smuggled.getBody()).contains("表单中没有字段“deficiencyPending”");
    ResponseEntity<String> smuggledOnStart = send("window1", PASSWORD, "POST",
        "/engine-rest/process-definition/key/FoodBusinessLicence/submit-form",
        "{\"variables\":{\"surveyRequired\":{\"value\":false}}}");
    assertThat(smuggledOnStart.getStatusCode().value()).isEqualTo(400);
    assertThat(smuggledOnStart.getBody()).contains("表单中没有字段“surveyRequired”");
    Task after = officers.task(cases.atIntake(), "Task_AcceptApplication");
    assertThat(after.getAssignee()).isEqualTo("window1");
    assertThat(after.getDueDate()).isEqualTo(accept.getDueDate());
    assertThat(engine.getTaskService().getIdentityLinksForTask(after.getId()))
        .noneMatch(link -> "reviewer".equals(link.getGroupId()));
    assertThat(engine.getRuntimeService().getVariable(after.getProcessInstanceId(), "surveyRequested")).isNull();
    // the form's own fields still complete it
    assertThat(send("window1", PASSWORD, "POST", task + "/submit-form",
        "{\"variables\":{\"intakeDecision\":{\"value\":\"accept\"}}}").getStatusCode().value()).isEqualTo(204);
    assertThat(officers.task(cases.atIntake(), "Task_ScheduleSurvey")).isNotNull();
  }

  private void unchanged(Cases cases, Date timerDue) {
    assertThat(officers.task(cases.surveyed(), "Task_ScheduleSurvey")).as("the survey still to be scheduled")
        .isNotNull();
    assertThat(engine.getRuntimeService().getVariable(cases.surveyStage(), "surveyResult")).isNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cases.surveyStage())
        .singleResult().isSuspended()).isFalse();
    Job timer = engine.getManagementService().createJobQuery().jobId(cases.timer().getId()).singleResult();
    assertThat(timer).as("the intake's timer has not fired").isNotNull();
    assertThat(timer.getDuedate()).isEqualTo(timerDue);
    assertThat(officers.task(cases.atIntake(), "Task_AcceptApplication")).isNotNull();
    assertThat(officers.task(cases.correcting(), "Task_CheckCorrections")).as("no corrections arrived").isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_DecideApplication")
        .processInstanceBusinessKeyIn(cases.surveyed(), cases.atIntake(), cases.correcting()).count()).isZero();
    List<ProcessInstance> started = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("FoodBusinessLicence").list();
    assertThat(started).allMatch(pi -> pi.getBusinessKey() != null);
  }

  /** A valid plan for the survey stage onto its own definition (generated by the administrator). */
  private String migrationPlan(Cases cases) {
    String definition = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cases.surveyStage())
        .singleResult().getProcessDefinitionId();
    ResponseEntity<String> plan = send("admin", PASSWORD, "POST", "/engine-rest/migration/generate",
        "{\"sourceProcessDefinitionId\":\"" + definition + "\",\"targetProcessDefinitionId\":\"" + definition + "\"}");
    assertThat(plan.getStatusCode().value()).isEqualTo(200);
    return "{\"migrationPlan\":" + plan.getBody() + ",\"processInstanceIds\":[\"" + cases.surveyStage() + "\"]}";
  }

  /**
   * Another test's wrong password locks the account for a few seconds, counted on the engine clock, which this test
   * has moved back to March: the administrator lifts such a lock first, so that each attack is judged as the
   * caller's, not the lock-out's.
   */
  private void liftLockOut(String user) {
    engine.getIdentityService().unlockUser(user);
  }

  private ResponseEntity<String> send(String user, String password, String method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, password).exchange(path, HttpMethod.valueOf(method),
        new HttpEntity<>(json, headers), String.class);
  }
}
