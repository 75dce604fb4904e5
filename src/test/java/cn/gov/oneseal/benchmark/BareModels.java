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
    deployment.deploy();
    // the window starts the bare model as it registers an item's case (RoleSetup); its tasks' authorizations come from
    // their candidate group, as on the items
    Authorization start = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    start.setGroupId("window");
    start.setResource(Resources.PROCESS_DEFINITION);
    start.setResourceId(USER_TASKS);
    start.addPermission(ProcessDefinitionPermissions.READ);
    start.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    engine.getAuthorizationService().saveAuthorization(start);
    // the inbox model's tasks are visible to their candidate groups only through the per-task authorizations the
    // engine writes, as the items' tasks are (officers have READ on every definition, READ_TASK on none: RoleSetup)
  }}
