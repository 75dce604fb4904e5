package cn.gov.oneseal.dispatch;

import cn.gov.oneseal.security.AsSystem;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a decision is dispatched, and the regulator has a system of its own, the decision is also sent
 * there ({@value #PROCESS}: asynchronous, retried, an incident in Cockpit when it keeps failing).
 */
@Component("regulatorNotification")
public class RegulatorNotification implements ExecutionListener {

  public static final String PROCESS = "Integration_NotifyRegulator";
  private static final Logger LOG = LoggerFactory.getLogger(RegulatorNotification.class);

  private final RegulatorSystems systems;
  private final RuntimeService runtimeService;

  public RegulatorNotification(RegulatorSystems systems, RuntimeService runtimeService) {
    this.systems = systems;
    this.runtimeService = runtimeService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String group = (String) execution.getVariable("regulatorGroup");
    String caseNumber = execution.getProcessBusinessKey();
    if (systems.endpoint(group).isEmpty()) {
      LOG.info("{}: {} has no system configured (oneseal.regulators.endpoints), sign-for task only", caseNumber, group);
      return;
    }
    var start = runtimeService.createProcessInstanceByKey(PROCESS).businessKey(caseNumber)
        .setVariables(Variables.createVariables().putValue("caseNumber", caseNumber).putValue("regulatorGroup", group)
            .putValue("bureauId", execution.getTenantId()));
    AsSystem.run(start::execute);
  }
}
