package cn.gov.oneseal.benchmark;

import static cn.gov.oneseal.benchmark.BenchmarkMain.INBOX;
import static cn.gov.oneseal.benchmark.BenchmarkMain.TIMER_BURST;
import static cn.gov.oneseal.benchmark.BenchmarkMain.TIMER_PENDING;
import static cn.gov.oneseal.benchmark.BenchmarkMain.TIMER_STREAM;
import static cn.gov.oneseal.benchmark.BenchmarkMain.USER_TASKS;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The bare models the bureau is measured against, deployed by the harness from the model API (never a file in
 * {@code processes/}): 8 plain user tasks, a one-task inbox model, and a timer model for each of (c)'s runs.
 */
final class BareModels {

  private BareModels() {
  }

  /** The bare user tasks chained as the food case chains its stages: six call activities, 8 tasks in all. */
  static final String STAGED = "Bench_Staged";
  /** User tasks per stage, as the food case's ordinary path has them (intake, survey, review, decision, delivery,
   * dispatch). */
  static final int[] STAGE_TASKS = {1, 3, 1, 1, 1, 1};

  /**
   * The staged bare model: a main model of six call activities (the business key passed in, no variable mapped), each
   * calling a bare stage of plain user tasks — the shape the house's thin item models give a case, without any of
   * the bureau's listeners, forms, variables or documents.
   */
  private static void addStaged(org.camunda.bpm.engine.repository.DeploymentBuilder deployment) {
    AbstractFlowNodeBuilder<?, ?> main = Bpmn.createExecutableProcess(STAGED).camundaHistoryTimeToLive(3650)
        .startEvent("StartEvent_Bench");
    for (int stage = 1; stage <= STAGE_TASKS.length; stage++) {
      String key = STAGED + "_Stage" + stage;
      main = main.callActivity("CallActivity_Stage" + stage).calledElement(key)
          .camundaInBusinessKey("#{execution.processBusinessKey}");
      AbstractFlowNodeBuilder<?, ?> node = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(3650)
          .startEvent("StartEvent_Bench");
      for (int i = 1; i <= STAGE_TASKS[stage - 1]; i++) {
        node = node.userTask("Task_Bench" + stage + "_" + i).camundaCandidateGroups("window");
      }
      deployment.addModelInstance(key + ".bpmn", node.endEvent("EndEvent_Bench").done());
    }
    deployment.addModelInstance(STAGED + ".bpmn", main.endEvent("EndEvent_Bench").done());
  }

  static void deploy(ProcessEngine engine) {
    AbstractFlowNodeBuilder<?, ?> node = Bpmn.createExecutableProcess(USER_TASKS).camundaHistoryTimeToLive(3650)
        .startEvent("StartEvent_Bench");
    for (int i = 1; i <= 8; i++) {
      node = node.userTask("Task_Bench" + i).camundaCandidateGroups("window");
    }
    BpmnModelInstance userTasks = node.endEvent("EndEvent_Bench").done();
    var deployment = engine.getRepositoryService().createDeployment().name("benchmark (harness, not processes/)")
        .addModelInstance(USER_TASKS + ".bpmn", userTasks)
        .addModelInstance(INBOX + ".bpmn", Bpmn.createExecutableProcess(INBOX).camundaHistoryTimeToLive(3650)
            .startEvent("StartEvent_Bench").userTask("Task_Inbox").name("待办").camundaCandidateGroups("${group}")
            .camundaDueDate("${due}").camundaFollowUpDate("${followUp}").endEvent("EndEvent_Bench").done());
    for (String key : List.of(TIMER_PENDING, TIMER_STREAM, TIMER_BURST)) {
      deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(3650)
          .startEvent("StartEvent_Bench").intermediateCatchEvent("Timer_Due").timerWithDate("${dueAt}")
          .endEvent("EndEvent_Bench").done());
    }
    addStaged(deployment);
    deployment.deploy();
    // the window starts the bare models as it registers an item's case (RoleSetup); its tasks' authorizations come from
    // their candidate group, as on the items
    for (String key : List.of(USER_TASKS, STAGED)) {
      Authorization start = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      start.setGroupId("window");
      start.setResource(Resources.PROCESS_DEFINITION);
      start.setResourceId(key);
      start.addPermission(ProcessDefinitionPermissions.READ);
      start.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
      engine.getAuthorizationService().saveAuthorization(start);
    }
    // the inbox model's tasks are visible to their candidate groups only through the per-task authorizations the
    // engine writes, as the items' tasks are (officers have READ on every definition, READ_TASK on none: RoleSetup)
  }}
