package cn.gov.oneseal.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Who may do what, tried over HTTP as each role would: window officers cannot decide, a decider cannot decide a
 * case they reviewed, only a task's officer transfers it or consults on it, a regulator sees only its own department's cases, auditors
 * change nothing, an applicant sees only their own case.
 */
class AuthorizationMatrixTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";

  @Autowired TestRestTemplate rest;

  private ResponseEntity<String> send(String user, String password, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, password).exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, String json) {
    return send(user, PASSWORD, method, path, json);
  }

  /** A food case reviewed by reviewer1 and waiting for the decision. */
  private static final String GRANT = "{\"variables\":{\"decision\":{\"value\":\"grant\"},"
      + "\"decisionOpinion\":{\"value\":\"准予\"}}}";

  @Test
  void windowOfficersCannotDecide() {
    String caseNumber = officers.reviewedFood();
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(send("window1", HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=Task_DecideApplication"
        + "&processInstanceBusinessKey=" + caseNumber, null).getBody()).isEqualTo("[]");
    assertThat(send("window1", HttpMethod.POST, "/engine-rest/task/" + decide.getId() + "/claim",
        "{\"userId\":\"window1\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("window1", HttpMethod.POST, "/engine-rest/task/" + decide.getId() + "/submit-form", GRANT)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officers.task(caseNumber, "Task_DecideApplication")).as("still waiting for a decider").isNotNull();
    assertThat(caseFiles.get(caseNumber).decidedAt()).isNull();
  }

  @Test
  void aDeciderCannotDecideWhatTheyReviewed() {
    String caseNumber = officers.reviewedFood();
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    // reviewer1 is made a decider too: the bureau's rule 一审一核 still keeps them off this decision
    engine.getIdentityService().createMembership("reviewer1", "decider");
    try {
      ResponseEntity<String> claim = send("reviewer1", HttpMethod.POST, "/engine-rest/task/" + decide.getId()
          + "/claim", "{\"userId\":\"reviewer1\"}");
      assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(claim.getBody()).contains("一审一核");
      ResponseEntity<String> submit = send("reviewer1", HttpMethod.POST, "/engine-rest/task/" + decide.getId()
          + "/submit-form", GRANT);
      assertThat(submit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(submit.getBody()).contains("审查人不得作出决定");
    } finally {
      engine.getIdentityService().deleteMembership("reviewer1", "decider");
    }
    assertThat(caseFiles.get(caseNumber).decidedAt()).isNull();
    // another decider may
    assertThat(send("decider1", HttpMethod.POST, "/engine-rest/task/" + decide.getId() + "/submit-form", GRANT)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void onlyTheTasksOfficerTransfersIt() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    officers.run("reviewer1", () -> engine.getTaskService().claim(review.getId(), "reviewer1"));
    String transfer = "/api/v1/tasks/" + review.getId() + "/transfer";
    String body = "{\"to\":\"reviewer2\",\"reason\":\"外出\"}";
    // every role but the task's officer: refused (their own bureau's colleague of the task's group: not the assignee;
    // anyone else: no such task for them); the engine's assignee change stays the administrators'
    List<String> changed = new ArrayList<>();
    for (String user : List.of("window1", "reviewer2", "decider1", "head1", "surveylead1", "expert1", "samr1",
        "supervisor1", "auditor1", "analyst1", "monitor1", "areviewer1", "bhead1", "admin")) {
      ResponseEntity<String> api = send(user, HttpMethod.POST, transfer, body);
      if (!api.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN) && !api.getStatusCode()
          .isSameCodeAs(HttpStatus.NOT_FOUND)) {
        changed.add(user + " transfer → " + api.getStatusCode().value());
      }
      if (!user.equals("admin")) {
        ResponseEntity<String> engineRest = send(user, HttpMethod.POST, "/engine-rest/task/" + review.getId()
            + "/assignee", "{\"userId\":\"reviewer2\"}");
        if (engineRest.getStatusCode().is2xxSuccessful() || engineRest.getStatusCode().is5xxServerError()) {
          changed.add(user + " assignee → " + engineRest.getStatusCode().value());
        }
      }
    }
    for (String[] client : new String[][] {{"portal", "OneSeal-Hall-2026"}, {"samrSystem", "OneSeal-Samr-2026"}}) {
      assertThat(send(client[0], client[1], HttpMethod.POST, transfer, body).getStatusCode()).as(client[0])
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(changed).isEmpty();
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer1");
    assertThat(send("reviewer1", HttpMethod.POST, transfer, body).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer2");
  }

  /**
   * 退回 (returning/), every role: only the decision task's officer returns it — over the API (others: 403 or 404) and
   * by completing it with the return choice over /engine-rest (others: refused with a 4xx, never done).
   */
  @Test
  void onlyTheTasksOfficerReturnsIt() {
    String caseNumber = officers.reviewedFood();
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    officers.run("decider1", () -> engine.getTaskService().claim(decide.getId(), "decider1"));
    String path = "/api/v1/tasks/" + decide.getId() + "/return";
    String body = "{\"reason\":\"请重新审查平面图\"}";
    String complete = "{\"variables\":{\"decisionAction\":{\"value\":\"return\"},"
        + "\"returnReason\":{\"value\":\"请重新审查平面图\"}}}";
    List<String> returned = new ArrayList<>();
    for (String user : List.of("window1", "reviewer1", "reviewer2", "decider2", "head1", "surveylead1", "expert1",
        "samr1", "supervisor1", "auditor1", "analyst1", "monitor1", "adecider1", "bhead1", "admin")) {
      ResponseEntity<String> api = send(user, HttpMethod.POST, path, body);
      if (!api.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN) && !api.getStatusCode()
          .isSameCodeAs(HttpStatus.NOT_FOUND)) {
        returned.add(user + " return → " + api.getStatusCode().value());
      }
      ResponseEntity<String> engineRest = send(user, HttpMethod.POST, "/engine-rest/task/" + decide.getId()
          + "/submit-form", complete);
      if (!engineRest.getStatusCode().is4xxClientError()) {
        returned.add(user + " submit-form → " + engineRest.getStatusCode().value());
      }
    }
    for (String[] client : new String[][] {{"portal", "OneSeal-Hall-2026"}, {"samrSystem", "OneSeal-Samr-2026"}}) {
      assertThat(send(client[0], client[1], HttpMethod.POST, path, body).getStatusCode()).as(client[0])
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(returned).isEmpty();
    assertThat(officers.task(caseNumber, "Task_DecideApplication").getId()).isEqualTo(decide.getId());
    assertThat(send("decider1", HttpMethod.POST, path, body).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer1");
  }

  @Test
  void aRegulatorSeesOnlyItsOwnDepartmentsCases() {
    String caseNumber = officers.grantedFood();
    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    String signFor = "/engine-rest/task?taskDefinitionKey=Task_SignForDecision&processInstanceBusinessKey=" + caseNumber;
    assertThat(send("samr1", HttpMethod.GET, signFor, null).getBody()).contains("Task_SignForDecision");
    assertThat(send("nhc1", HttpMethod.GET, signFor, null).getBody()).isEqualTo("[]");
    assertThat(send("nhc1", HttpMethod.GET, "/engine-rest/history/process-instance?processInstanceBusinessKey="
        + caseNumber, null).getBody()).isEqualTo("[]");
    // nor one of the departments added with the newer items (生态环境局), which may not sign for it either
    assertThat(send("eco1", HttpMethod.GET, signFor, null).getBody()).isEqualTo("[]");
    assertThat(send("eco1", HttpMethod.POST, "/engine-rest/task/" + officers.task(caseNumber, "Task_SignForDecision")
        .getId() + "/submit-form", "{\"variables\":{\"signedFor\":{\"value\":true}}}").getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(send("samrSystem", "OneSeal-Samr-2026", HttpMethod.GET, "/api/v1/regulator/dispatches/" + caseNumber,
        null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(send("nhcSystem", "OneSeal-Nhc-2026", HttpMethod.GET, "/api/v1/regulator/dispatches/" + caseNumber,
        null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send("nhcSystem", "OneSeal-Nhc-2026", HttpMethod.POST, "/api/v1/regulator/dispatches/" + caseNumber
        + "/sign-for", "{}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // the department's own system works through its API, not the engine's tasks
    assertThat(send("samrSystem", "OneSeal-Samr-2026", HttpMethod.GET, signFor, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officers.task(caseNumber, "Task_SignForDecision")).as("not signed for by the wrong department")
        .isNotNull();
  }

  @Test
  void auditorsChangeNothing() {
    String caseNumber = officers.reviewedFood();
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    String instance = decide.getProcessInstanceId();
    List<String> changed = new ArrayList<>();
    // every operation of the bureau's API that is not a read
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) rest.withBasicAuth("analyst1", PASSWORD)
        .getForEntity("/v3/api-docs", Map.class).getBody().get("paths");
    paths.forEach((path, operations) -> operations.keySet().stream().filter(m -> !m.equals("get")).forEach(method -> {
      String url = path.replace("{caseNumber}", caseNumber).replaceAll("\\{[^}]+}", "1");
      ResponseEntity<String> answer = send("auditor1", HttpMethod.valueOf(method.toUpperCase()), url, "{}");
      if (answer.getStatusCode().is2xxSuccessful() || answer.getStatusCode().is5xxServerError()) {
        changed.add(method.toUpperCase() + " " + path + " → " + answer.getStatusCode().value());
      }
    }));
    assertThat(changed).isEmpty();
    // and the engine's
    assertThat(send("auditor1", HttpMethod.POST, "/engine-rest/task/" + decide.getId() + "/submit-form", GRANT)
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(send("auditor1", HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/decision",
        "{\"value\":\"grant\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("auditor1", HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, null).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(send("auditor1", HttpMethod.POST, "/engine-rest/process-definition/key/FoodBusinessLicence/start",
        "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("auditor1", HttpMethod.POST, "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"mole1\"},\"credentials\":{\"password\":\"Mole-Pass-2026!\"}}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("auditor1", HttpMethod.POST, "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{}}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officers.task(caseNumber, "Task_DecideApplication").getId()).isEqualTo(decide.getId());
    assertThat(engine.getRuntimeService().getVariable(instance, "decision")).isNull();
    assertThat(caseFiles.get(caseNumber).decidedAt()).isNull();
  }

  /**
   * 催办 (urging/), every role: only a supervisor and the head of the step's bureau may urge; the others are refused
   * with the rule and nothing is recorded; no one fakes the mark through the engine (officers hold TASK_WORK only).
   */
  @Test
  void onlySupervisorsAndTheBureauHeadUrge() {
    String caseNumber = officers.reviewedFood();
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    String urge = "/api/v1/tasks/" + decide.getId() + "/urges";
    String note = "{\"note\":\"请尽快决定\"}";
    Map<String, HttpStatus> expected = new java.util.LinkedHashMap<>();
    for (String user : List.of("window1", "reviewer1", "decider1", "surveylead1", "expert1", "samr1", "auditor1",
        "analyst1", "monitor1", "ahead1", "bhead1", "admin")) {
      expected.put(user, HttpStatus.FORBIDDEN);
    }
    expected.put("supervisor1", HttpStatus.CREATED);
    expected.put("head1", HttpStatus.CREATED);
    expected.forEach((user, status) -> {
      ResponseEntity<String> answer = send(user, HttpMethod.POST, urge, note);
      assertThat(answer.getStatusCode()).as(user + ": " + answer.getBody()).isEqualTo(status);
      if (status == HttpStatus.FORBIDDEN && !user.equals("monitor1")) {
        assertThat(answer.getBody()).as(user).containsAnyOf("只有电子监察人员和局负责人可以催办", "只能催办本局的办件");
      }
      ResponseEntity<String> wholeCase = send(user, HttpMethod.POST, "/api/v1/cases/" + caseNumber + "/urges", note);
      assertThat(wholeCase.getStatusCode()).as(user + " (case): " + wholeCase.getBody()).isEqualTo(status);
    });
    assertThat(send("portal", "OneSeal-Hall-2026", HttpMethod.POST, urge, note).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("supervisor1", HttpMethod.GET, "/api/v1/cases/" + caseNumber + "/urges", null).getBody())
        .contains("supervisor1").contains("head1").doesNotContain("window1");
    // the 被催办 mark is the system's: an officer cannot set or clear it through the engine
    for (String user : List.of("decider1", "reviewer1")) {
      assertThat(send(user, HttpMethod.PUT, "/engine-rest/task/" + decide.getId() + "/localVariables/urged",
          "{\"value\":false,\"type\":\"Boolean\"}").getStatusCode()).as(user)
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
    }
    assertThat(engine.getTaskService().getVariableLocal(decide.getId(), "urged")).isEqualTo(true);
  }

  /**
   * 抄送 (copying/), every role: only who works or worked on the case copies it (its window, reviewers, survey lead,
   * the invited regulator, the deciders of its open decision) and lists whom it may go to; a copy to head1 lets head1
   * read it but not act on the case's tasks.
   */
  @Test
  void onlyWhoWorkedOnACaseCopiesItAndACopyGivesNoRightToAct() {
    String caseNumber = officers.reviewedFood();
    String copy = "/api/v1/cases/" + caseNumber + "/copies";
    String body = "{\"recipientUserId\":\"head1\",\"note\":\"请阅知\"}";
    Map<String, HttpStatus> expected = new java.util.LinkedHashMap<>();
    for (String user : List.of("head1", "expert1", "nhc1", "supervisor1", "auditor1", "analyst1")) {
      expected.put(user, HttpStatus.FORBIDDEN);
    }
    // no bureau of the case: answered as an unknown case
    expected.put("monitor1", HttpStatus.NOT_FOUND);
    expected.put("admin", HttpStatus.NOT_FOUND);
    expected.put("ahead1", HttpStatus.NOT_FOUND);
    expected.put("awindow1", HttpStatus.NOT_FOUND);
    expected.put("window1", HttpStatus.CREATED);
    expected.put("window2", HttpStatus.CREATED);
    expected.put("reviewer1", HttpStatus.CREATED);
    expected.put("reviewer2", HttpStatus.CREATED);
    // the survey lead, the survey's invited department (the item's regulator) and the deciders hold or held its tasks
    expected.put("surveylead1", HttpStatus.CREATED);
    expected.put("samr1", HttpStatus.CREATED);
    expected.put("decider1", HttpStatus.CREATED);
    expected.forEach((user, status) -> {
      // who may copy it may list its recipients, and nobody else
      ResponseEntity<String> recipients = send(user, HttpMethod.GET, copy.replace("/copies", "/copy-recipients"), null);
      assertThat(recipients.getStatusCode()).as(user + " lists: " + recipients.getBody())
          .isEqualTo(status == HttpStatus.CREATED ? HttpStatus.OK : status);
      ResponseEntity<String> answer = send(user, HttpMethod.POST, copy, body);
      assertThat(answer.getStatusCode()).as(user + ": " + answer.getBody()).isEqualTo(status);
    });
    assertThat(send("portal", "OneSeal-Hall-2026", HttpMethod.POST, copy, body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("portal", "OneSeal-Hall-2026", HttpMethod.GET, copy.replace("/copies", "/copy-recipients"), null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("head1", HttpMethod.GET, "/api/v1/copies", null).getBody()).contains(caseNumber);
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(send("head1", HttpMethod.POST, "/engine-rest/task/" + decide.getId() + "/claim",
        "{\"userId\":\"head1\"}").getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(send("head1", HttpMethod.POST, "/engine-rest/task/" + decide.getId() + "/submit-form", GRANT)
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(officers.task(caseNumber, "Task_DecideApplication").getAssignee()).isNull();
  }

  /**
   * 征求意见 (consultation/), every role: only the officer holding the review task asks (the others of its bureau: 403;
   * no bureau of the case: 404); a consultee (expert1) answers its own task and gets no right on the case's review.
   */
  @Test
  void onlyTheTasksOfficerConsultsAndAConsulteeGetsNoRightToAct() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    officers.run("reviewer1", () -> engine.getTaskService().claim(review.getId(), "reviewer1"));
    String consult = "/api/v1/tasks/" + review.getId() + "/consultations";
    String body = "{\"question\":\"是否影响准予？\",\"workingDays\":2,\"users\":[\"expert1\"]}";
    Map<String, HttpStatus> expected = new java.util.LinkedHashMap<>();
    for (String user : List.of("window1", "reviewer2", "decider1", "head1", "surveylead1", "expert1", "samr1",
        "supervisor1", "auditor1", "analyst1")) {
      expected.put(user, HttpStatus.FORBIDDEN);
    }
    for (String user : List.of("monitor1", "areviewer1", "bhead1", "admin")) {
      expected.put(user, user.equals("admin") ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
    }
    expected.forEach((user, status) -> {
      ResponseEntity<String> answer = send(user, HttpMethod.POST, consult, body);
      assertThat(answer.getStatusCode()).as(user + ": " + answer.getBody()).isEqualTo(status);
      assertThat(send(user, HttpMethod.GET, "/api/v1/tasks/" + review.getId() + "/consultees", null)
          .getStatusCode()).as(user).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    });
    for (String[] client : new String[][] {{"portal", "OneSeal-Hall-2026"}, {"samrSystem", "OneSeal-Samr-2026"}}) {
      assertThat(send(client[0], client[1], HttpMethod.POST, consult, body).getStatusCode()).as(client[0])
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_GiveConsultationOpinion").count()).isZero();

    assertThat(send("reviewer1", HttpMethod.POST, consult, body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Task opinion = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_GiveConsultationOpinion").singleResult();
    // the consultee: their own task only; the others of the bureau do not get it
    assertThat(send("expert1", HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/claim",
        "{\"userId\":\"expert1\"}").getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(send("expert1", HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/complete", "{}")
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(send("reviewer2", HttpMethod.POST, "/engine-rest/task/" + opinion.getId() + "/complete",
        "{\"variables\":{\"consultationAnswer\":{\"value\":\"代答\"}}}").getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(send("expert1", HttpMethod.POST, "/engine-rest/task/" + opinion.getId() + "/complete",
        "{\"variables\":{\"consultationAnswer\":{\"value\":\"不影响\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer1");
  }

  /**
   * 委托/代理 (handover/), every role: only the head of reviewer1's bureau declares an absence for reviewer1 (another
   * bureau's head, colleagues, supervisors, administrators and the interfaces are refused and nothing is recorded);
   * only the officer, who declared it and that head cancel it.
   */
  @Test
  void onlyTheBureauHeadDeclaresAnAbsenceForATeamMember() {
    String body = "{\"userId\":\"reviewer1\",\"standIn\":\"reviewer2\",\"firstDay\":\"2031-03-03\","
        + "\"lastDay\":\"2031-03-04\",\"reason\":\"外出培训\"}";
    List<String> wrong = new ArrayList<>();
    for (String user : List.of("window1", "reviewer2", "decider1", "surveylead1", "expert1", "samr1", "supervisor1",
        "auditor1", "analyst1", "monitor1", "ahead1", "bhead1", "areviewer1", "admin")) {
      ResponseEntity<String> answer = send(user, HttpMethod.POST, "/api/v1/absences", body);
      if (!answer.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)) {
        wrong.add(user + " → " + answer.getStatusCode().value() + " " + answer.getBody());
      }
    }
    for (String[] client : new String[][] {{"portal", "OneSeal-Hall-2026"}, {"samrSystem", "OneSeal-Samr-2026"}}) {
      assertThat(send(client[0], client[1], HttpMethod.POST, "/api/v1/absences", body).getStatusCode())
          .as(client[0]).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(wrong).isEmpty();
    assertThat(send("reviewer1", HttpMethod.GET, "/api/v1/absences", null).getBody()).doesNotContain("2031-03-03");

    ResponseEntity<String> declared = send("head1", HttpMethod.POST, "/api/v1/absences", body);
    assertThat(declared.getStatusCode()).as(declared.getBody()).isEqualTo(HttpStatus.CREATED);
    String id = declared.getBody().replaceAll("(?s).*\"id\"\\s*:\\s*\"?(\\d+).*", "$1");
    for (String user : List.of("reviewer2", "window1", "bhead1", "supervisor1")) {
      assertThat(send(user, HttpMethod.DELETE, "/api/v1/absences/" + id, null).getStatusCode()).as(user)
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(send("reviewer1", HttpMethod.DELETE, "/api/v1/absences/" + id, null).getStatusCode().is2xxSuccessful())
        .as("the officer cancels their own absence").isTrue();
  }

  @Test
  void anApplicantSeesOnlyTheirOwnCase() {
    String[] cases = new String[2];
    String codeA = QuerySecrets.capturing(() -> cases[0] = officers.register("window1", Applications.food())
        .getBusinessKey());
    String codeB = QuerySecrets.capturing(() -> cases[1] = officers.register("window1", Applications.food())
        .getBusinessKey());
    assertThat(progress(cases[0], codeA).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(progress(cases[1], codeB).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(progress(cases[0], codeB).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(progress(cases[1], codeA).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(progress(cases[0], null).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    // and never past the code through the officers' API or the engine (the portal's account is in every bureau)
    for (String path : List.of("/api/v1/cases/" + cases[0] + "/clock", "/api/v1/cases/" + cases[0] + "/notices",
        "/engine-rest/task", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + cases[0])) {
      ResponseEntity<String> refused = send("portal", "OneSeal-Hall-2026", HttpMethod.GET, path, null);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("接口账号只能调用 /api/v1/applicant/ 下的对接接口");
    }
  }

  private ResponseEntity<String> progress(String caseNumber, String code) {
    HttpHeaders headers = new HttpHeaders();
    if (code != null) {
      headers.set("X-Query-Secret", code);
    }
    return rest.withBasicAuth("portal", "OneSeal-Hall-2026").exchange("/api/v1/applicant/cases/" + caseNumber,
        HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
