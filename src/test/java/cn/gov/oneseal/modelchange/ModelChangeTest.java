package cn.gov.oneseal.modelchange;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.clock.CaseClock;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.ModelerDeploy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 20 end to end, as an analyst, the bureau head and the running cases meet it: a deploy from Camunda Modeler is
 * a proposed change (nothing live), checked on arrival, shown to the head with its diff and dry-run, approved, and the
 * running cases migrated with every deadline and timer due date as before; a case at an activity that the change
 * removes stays and is listed; an approved change is rolled back the same way. Its own application context (and
 * database): the changes it approves are new versions of shared stages that the other tests must not meet; closed
 * after the class, so that its engine (also named "default") does not answer the REST calls of the other contexts.
 */
@TestPropertySource(properties = "oneseal.test.context=model-change")
@DirtiesContext
class ModelChangeTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired ModelChanges changes;
  @Autowired ClockService clocks;

  /** Each test counts the running cases its change meets: none of another test's is left running. */
  @AfterEach
  void endTheCases() {
    var runtime = engine.getRuntimeService();
    List<String> running = runtime.createProcessInstanceQuery().superProcessInstanceId(null).list().stream()
        .filter(instance -> runtime.createProcessInstanceQuery().subProcessInstanceId(instance.getId()).count() == 0)
        .map(ProcessInstance::getId).toList();
    if (!running.isEmpty()) {
      runtime.deleteProcessInstances(running, "测试结束", true, true);
    }
  }

  @Test
  void aChangeFromModelerIsProposedNotLiveThenApprovedAndTheRunningCasesKeepEveryDeadline() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 9, 29, 10, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    ProcessInstance intake = stage(caseNumber, "Stage_Intake");
    Date taskDue = officers.task(caseNumber, "Task_AcceptApplication").getDueDate();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(intake.getId()).timers()
        .singleResult();
    Date timerDue = timer.getDuedate();
    // 5 working days from 09-29 over the National Day holiday (10-01..10-07)
    assertThat(timerDue).isAfter(shanghai(2026, 10, 8, 0, 0, 0));

    ClockUtil.setCurrentTime(shanghai(2026, 9, 30, 9, 0, 0));
    String changed = ModelerDeploy.committed("processes/Stage_Intake.bpmn")
        .replace("name=\"受理审查\"", "name=\"受理审查（窗口）\"")
        .replaceFirst("camunda:dueDate=\"\\$\\{deadlines.stageDue\\(execution, &#39;intake&#39;\\)}\"",
            "camunda:dueDate=\"\\${deadlines.sameWorkingDay()}\"");
    ResponseEntity<String> answer = ModelerDeploy.file("Stage_Intake.bpmn", changed).named("受理：当日办结")
        .changedOnly().as(rest, "analyst1");
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode deployed = json.readTree(answer.getBody());
    assertThat(deployed.get("id").asText()).startsWith("model-change-");
    assertThat(deployed.get("name").asText()).contains("待局负责人审批，尚未生效");
    assertThat(deployed.get("deployedProcessDefinitions").isNull()).isTrue();
    int number = Integer.parseInt(deployed.get("id").asText().substring("model-change-".length()));

    // nothing live: the latest version is the one the case runs on, and a new case starts on it too
    assertThat(latest("Stage_Intake").getId()).isEqualTo(intake.getProcessDefinitionId());
    String second = officers.register("window1", Applications.food()).getBusinessKey();
    assertThat(stage(second, "Stage_Intake").getProcessDefinitionId()).isEqualTo(intake.getProcessDefinitionId());
    assertThat(changes.find(number).orElseThrow().status()).isEqualTo(ModelChange.Status.PROPOSED);

    // the head's task: the diff, the checks, the dry-run of the two running cases
    runApproval(number);
    Task approval = approvalTask(number);
    assertThat(approval.getTenantId()).isEqualTo("city");
    Map<String, Object> shown = engine.getTaskService().getVariables(approval.getId());
    assertThat((String) shown.get("changeDiff")).contains("Task_AcceptApplication").contains("受理审查（窗口）")
        .contains("期限变更");
    assertThat((String) shown.get("changeChecks")).contains("全部检查通过");
    assertThat((String) shown.get("changeDryRun")).contains("在办 2 件").contains("可迁移 2 件");
    // the analyst is no candidate of it and cannot do it
    assertThat(rest.withBasicAuth("analyst1", ModelerDeploy.PASSWORD).postForEntity(
        "/engine-rest/task/" + approval.getId() + "/claim", Map.of("userId", "analyst1"), String.class)
        .getStatusCode().is4xxClientError()).isTrue();

    officers.complete("head1", Proposals.businessKey(number), "Task_ApproveModelChange",
        Map.of("changeApproved", "approve", "changeOpinion", "同意"));
    runApproval(number);
    runBatches();

    ProcessDefinition now = latest("Stage_Intake");
    assertThat(now.getVersion()).isGreaterThan(engine.getRepositoryService()
        .getProcessDefinition(intake.getProcessDefinitionId()).getVersion());
    ModelChange active = changes.find(number).orElseThrow();
    assertThat(active.status()).isEqualTo(ModelChange.Status.ACTIVE);
    assertThat(active.decidedBy()).isEqualTo("head1");
    assertThat(active.deploymentId()).isEqualTo(now.getDeploymentId());
    assertThat(active.migration()).contains("批处理").contains("可迁移 2 件");
    // the running cases follow, with the task's and the timer's due dates as they were
    assertThat(stage(caseNumber, "Stage_Intake").getProcessDefinitionId()).isEqualTo(now.getId());
    assertThat(stage(second, "Stage_Intake").getProcessDefinitionId()).isEqualTo(now.getId());
    assertThat(officers.task(caseNumber, "Task_AcceptApplication").getDueDate()).isEqualTo(taskDue);
    Job after = engine.getManagementService().createJobQuery().processInstanceId(intake.getId()).timers()
        .singleResult();
    assertThat(after.getId()).isEqualTo(timer.getId());
    assertThat(after.getDuedate()).isEqualTo(timerDue);
    // one case in the history: the same instance, now on the new version
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(intake.getId())
        .singleResult().getProcessDefinitionId()).isEqualTo(now.getId());
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(intake.getId())
        .activityId("Task_AcceptApplication").count()).isEqualTo(1);
    // a new case starts on the new version
    String third = officers.register("window1", Applications.food()).getBusinessKey();
    assertThat(stage(third, "Stage_Intake").getProcessDefinitionId()).isEqualTo(now.getId());
    // the migrated case goes on: accepted as before
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(intake.getId()).count())
        .isZero();
  }

  @Test
  void aCaseAtARemovedActivityStaysAndIsListedAndTheChangeIsRolledBackTheSameWay() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 11, 2, 10, 0, 0));
    String atSurvey = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", atSurvey, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    String atReview = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", atReview, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(atReview);
    officers.complete("reviewer1", atReview, "Task_ReviewApplication", Map.of("reviewAction", "special",
        "specialProcedure", "EXPERT_REVIEW", "expectedWorkingDays", 5L, "specialNoticeGiven", true));
    CaseClock clockBefore = clocks.clock(atReview);
    assertThat(clockBefore.state()).isEqualTo(ClockService.STOPPED);
    var fileBefore = caseFiles.get(atReview);
    ProcessInstance surveyCase = item(atSurvey);
    ProcessInstance reviewCase = item(atReview);
    String v1 = reviewCase.getProcessDefinitionId();

    // the analyst renames the survey's call activity: for the engine the old one is removed
    String committed = ModelerDeploy.committed("processes/FoodBusinessLicence.bpmn");
    String changed = committed.replace("CallActivity_SiteSurvey", "CallActivity_JointSiteSurvey")
        .replace("name=\"联合现场勘验\"", "name=\"多部门联合现场勘验\"");
    ResponseEntity<String> answer = ModelerDeploy.file("FoodBusinessLicence.bpmn", changed).as(rest, "analyst1");
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    int number = Integer.parseInt(json.readTree(answer.getBody()).get("id").asText().substring(13));
    runApproval(number);
    String dryRun = (String) engine.getTaskService().getVariable(approvalTask(number).getId(), "changeDryRun");
    assertThat(dryRun).contains("在办 2 件").contains("可迁移 1 件").contains("不能迁移 1 件").contains(atSurvey)
        .contains("CallActivity_SiteSurvey").doesNotContain(atReview);
    assertThat((String) engine.getTaskService().getVariable(approvalTask(number).getId(), "changeDiff"))
        .contains("CallActivity_SiteSurvey").contains("CallActivity_JointSiteSurvey");

    officers.complete("head1", Proposals.businessKey(number), "Task_ApproveModelChange",
        Map.of("changeApproved", "approve"));
    runApproval(number);
    runBatches();
    String v2 = latest("FoodBusinessLicence").getId();
    assertThat(item(atSurvey).getProcessDefinitionId()).as("stays: its activity is gone").isEqualTo(v1);
    assertThat(item(atReview).getProcessDefinitionId()).isEqualTo(v2);
    assertThat(changes.find(number).orElseThrow().migration()).contains(atSurvey).contains("不能迁移 1 件");
    // the migrated case keeps its clock (stopped, same days) and its deadlines
    assertThat(clocks.clock(atReview)).isEqualTo(clockBefore);
    assertThat(caseFiles.get(atReview).statutoryDue()).isEqualTo(fileBefore.statutoryDue());
    assertThat(caseFiles.get(atReview).promisedDue()).isEqualTo(fileBefore.promisedDue());
    // the case left on its version goes on there
    officers.passSurvey(atSurvey);
    assertThat(item(atSurvey).getProcessDefinitionId()).isEqualTo(v1);

    // rollback: proposed by the analyst, approved by the head; new cases start on the model as it was
    ResponseEntity<String> rollback = rest.withBasicAuth("analyst1", ModelerDeploy.PASSWORD)
        .postForEntity("/api/v1/admin/model-changes/" + number + "/rollback", null, String.class);
    assertThat(rollback.getStatusCode()).as(rollback.getBody()).isEqualTo(HttpStatus.CREATED);
    int back = json.readTree(rollback.getBody()).get("number").asInt();
    assertThat(json.readTree(rollback.getBody()).get("kind").asText()).isEqualTo("ROLLBACK");
    runApproval(back);
    officers.complete("head1", Proposals.businessKey(back), "Task_ApproveModelChange",
        Map.of("changeApproved", "approve"));
    runApproval(back);
    runBatches();
    ProcessDefinition v3 = latest("FoodBusinessLicence");
    assertThat(new String(engine.getRepositoryService().getProcessModel(v3.getId()).readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8)).contains("CallActivity_SiteSurvey").doesNotContain("JointSiteSurvey");
    assertThat(changes.find(number).orElseThrow().rolledBackBy()).isEqualTo(back);
    // the migrated case migrates back (the reverse plan is valid); the one left on the first version follows too,
    // to the version that restores its model (every older version's cases follow when their plan is valid)
    assertThat(item(atReview).getProcessDefinitionId()).isEqualTo(v3.getId());
    assertThat(item(atSurvey).getProcessDefinitionId()).isEqualTo(v3.getId());
    assertThat(changes.find(back).orElseThrow().migration()).contains("可迁移 2 件");
    String fresh = officers.register("window1", Applications.food()).getBusinessKey();
    assertThat(item(fresh).getProcessDefinitionId()).isEqualTo(v3.getId());
    // a change rolled back cannot be rolled back again
    assertThat(rest.withBasicAuth("analyst1", ModelerDeploy.PASSWORD).postForEntity(
        "/api/v1/admin/model-changes/" + number + "/rollback", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aChangeWithALintErrorIsRefusedWithTheProblemInChineseAndNothingIsKept() throws Exception {
    int before = changes.all().size();
    String broken = ModelerDeploy.committed("processes/Stage_Delivery.bpmn")
        .replace(" camunda:historyTimeToLive=\"3650\"", "");
    ResponseEntity<String> answer = ModelerDeploy.file("Stage_Delivery.bpmn", broken).as(rest, "analyst1");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String message = json.readTree(answer.getBody()).get("message").asText();
    assertThat(message).startsWith("模型变更未提交审批").contains("Stage_Delivery").contains("历史")
        .doesNotContain("Exception").doesNotContain("org.camunda");
    assertThat(changes.all()).hasSize(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("Governance_ModelChange")
        .processInstanceBusinessKey(Proposals.businessKey(before + 1)).count()).isZero();

    String script = ModelerDeploy.committed("processes/Stage_Delivery.bpmn").replace("</bpmn:process>",
        "<bpmn:scriptTask id=\"Task_Script\" name=\"脚本\" scriptFormat=\"javascript\"><bpmn:script>1</bpmn:script>"
            + "</bpmn:scriptTask></bpmn:process>");
    ResponseEntity<String> scripted = ModelerDeploy.file("Stage_Delivery.bpmn", script).as(rest, "analyst1");
    assertThat(scripted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(scripted.getBody()).get("message").asText()).contains("脚本");

    ResponseEntity<String> same = ModelerDeploy.file("Stage_Delivery.bpmn",
        ModelerDeploy.committed("processes/Stage_Delivery.bpmn")).changedOnly().as(rest, "analyst1");
    assertThat(same.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(same.getBody()).get("message").asText()).contains("完全相同");

    ResponseEntity<String> strangeTenant = ModelerDeploy.file("Stage_Delivery.bpmn",
        ModelerDeploy.committed("processes/Stage_Delivery.bpmn")).tenant("nowhere").as(rest, "analyst1");
    assertThat(strangeTenant.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(strangeTenant.getBody()).get("message").asText()).contains("nowhere");

    ResponseEntity<String> notAModel = ModelerDeploy.file("run.sh", "#!/bin/sh").as(rest, "analyst1");
    assertThat(notAModel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(changes.all()).hasSize(before);
    // an officer may not deploy at all; the auditor reads the changes, the window does not
    assertThat(ModelerDeploy.file("Stage_Delivery.bpmn", broken).as(rest, "window1").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("auditor1", ModelerDeploy.PASSWORD).getForEntity("/api/v1/admin/model-changes",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("window1", ModelerDeploy.PASSWORD).getForEntity("/api/v1/admin/model-changes",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theAnalystCannotApproveTheirOwnChangeAndARefusalWithdrawsItWithItsReason() throws Exception {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId("headanalyst1").count() == 0) {
      var user = identity.newUser("headanalyst1");
      user.setFirstName("兼任");
      user.setLastName("分析员");
      user.setPassword(ModelerDeploy.PASSWORD);
      identity.saveUser(user);
      identity.createMembership("headanalyst1", "analyst");
      identity.createMembership("headanalyst1", "bureauHead");
      identity.createTenantUserMembership("city", "headanalyst1");
    }
    String changed = ModelerDeploy.committed("processes/Stage_Dispatch.bpmn").replace("name=\"监管签收\"",
        "name=\"监管部门签收\"");
    ResponseEntity<String> answer = ModelerDeploy.file("Stage_Dispatch.bpmn", changed).as(rest, "headanalyst1");
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    int number = Integer.parseInt(json.readTree(answer.getBody()).get("id").asText().substring(13));
    runApproval(number);
    String definition = latest("Stage_Dispatch").getId();

    assertThatThrownBy(() -> officers.complete("headanalyst1", Proposals.businessKey(number), "Task_ApproveModelChange",
        Map.of("changeApproved", "approve"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("不能审批自己的变更");
    // a second change of the same process waits for this one
    ResponseEntity<String> second = ModelerDeploy.file("Stage_Dispatch.bpmn", changed.replace("监管部门签收", "签收"))
        .as(rest, "analyst1");
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(second.getBody()).get("message").asText()).contains("待审批的变更第 " + number + " 号");

    assertThatThrownBy(() -> officers.complete("head1", Proposals.businessKey(number), "Task_ApproveModelChange",
        Map.of("changeApproved", "refuse"))).isInstanceOf(FormValidationException.class).hasMessageContaining("理由");
    officers.complete("head1", Proposals.businessKey(number), "Task_ApproveModelChange",
        Map.of("changeApproved", "refuse", "changeOpinion", "名称与法规用语不一致"));
    runApproval(number);
    ModelChange refused = changes.find(number).orElseThrow();
    assertThat(refused.status()).isEqualTo(ModelChange.Status.REFUSED);
    assertThat(refused.reason()).isEqualTo("名称与法规用语不一致");
    assertThat(refused.decidedBy()).isEqualTo("head1");
    assertThat(latest("Stage_Dispatch").getId()).isEqualTo(definition);
    JsonNode kept = json.readTree(rest.withBasicAuth("auditor1", ModelerDeploy.PASSWORD)
        .getForEntity("/api/v1/admin/model-changes/" + number, String.class).getBody());
    assertThat(kept.get("statusLabel").asText()).isEqualTo("已撤回");
    assertThat(kept.get("proposedBy").asText()).isEqualTo("headanalyst1");
    assertThat(kept.get("opinion").asText()).isEqualTo("名称与法规用语不一致");
  }

  private ProcessInstance stage(String caseNumber, String stage) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(stage).singleResult();
  }

  private ProcessInstance item(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("FoodBusinessLicence").singleResult();
  }

  private ProcessDefinition latest(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId()
        .latestVersion().singleResult();
  }

  private Task approvalTask(int number) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(Proposals.businessKey(number))
        .taskDefinitionKey("Task_ApproveModelChange").singleResult();
  }

  /** The approval's own jobs (the dry-run, the deployment, the migration), as the job executor would run them. */
  private void runApproval(int number) {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery()
          .processInstanceId(changes.find(number).orElseThrow().approvalInstance()).list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /** Every batch's jobs (seed, migration, monitor) until the batches are done. */
  private void runBatches() {
    for (int round = 0; round < 20; round++) {
      List<Batch> batches = engine.getManagementService().createBatchQuery().list();
      if (batches.isEmpty()) {
        return;
      }
      for (Batch batch : batches) {
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
            batch.getMonitorJobDefinitionId())) {
          engine.getManagementService().createJobQuery().jobDefinitionId(definition).list()
              .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
      }
    }
  }
}
