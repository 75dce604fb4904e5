package cn.gov.oneseal.support;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The shared stages a case's process has called, running or finished, as process instances camunda-bpm-assert can
 * check ({@code assertThat(stages.of(pi, "Stage_Review")).hasPassed("Task_ApproveExtension")}): a step that moved
 * from the item's model into a stage is asserted there.
 */
public final class Stages {

  private final ProcessEngine engine;

  public Stages(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The latest call of the stage by the case's process (running, or finished as the history has it). */
  public ProcessInstance of(ProcessInstance caseProcess, String stageKey) {
    List<HistoricProcessInstance> calls = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(caseProcess.getId()).processDefinitionKey(stageKey)
        .orderByProcessInstanceStartTime().desc().list();
    if (calls.isEmpty()) {
      throw new AssertionError(caseProcess.getBusinessKey() + " has not called " + stageKey);
    }
    HistoricProcessInstance call = calls.get(0);
    ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(call.getId())
        .singleResult();
    return running != null ? running : new Finished(call);
  }

  /** Whether the case's process has called the stage at all. */
  public boolean called(ProcessInstance caseProcess, String stageKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(caseProcess.getId())
        .processDefinitionKey(stageKey).count() > 0;
  }

  /** A finished stage, seen through its history. */
  private record Finished(HistoricProcessInstance history) implements ProcessInstance {
    @Override
    public String getId() {
      return history.getId();
    }

    @Override
    public String getProcessInstanceId() {
      return history.getId();
    }

    @Override
    public String getProcessDefinitionId() {
      return history.getProcessDefinitionId();
    }

    @Override
    public String getProcessDefinitionKey() {
      return history.getProcessDefinitionKey();
    }

    @Override
    public String getBusinessKey() {
      return history.getBusinessKey();
    }

    @Override
    public String getRootProcessInstanceId() {
      return history.getRootProcessInstanceId();
    }

    @Override
    public String getCaseInstanceId() {
      return history.getCaseInstanceId();
    }

    @Override
    public String getTenantId() {
      return history.getTenantId();
    }

    @Override
    public boolean isSuspended() {
      return false;
    }

    @Override
    public boolean isEnded() {
      return true;
    }
  }
}
