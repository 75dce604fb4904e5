package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.modelchange.ModelChange.Kind;
import cn.gov.oneseal.modelchange.ModelChange.Status;
import cn.gov.oneseal.process.CaseVariables;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 部署新版本: the approved change is deployed by the system (its files as the analyst sent them, with the forms its
 * models refer to from the processes in force), as a new version of each of its processes: new cases start on it
 * from now on, on every node (the engine reads the latest version from the database). What was in force before is
 * kept with the change, for its rollback. A rollback's approval marks the change it rolls back.
 */
@Component("deployModelChange")
class DeployModelChange implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(DeployModelChange.class);
  static final String DEPLOYMENT_PREFIX = "oneseal-change-";

  private final ModelChanges changes;
  private final ChangeResources resources;
  private final CurrentModels current;

  DeployModelChange(ModelChanges changes, ChangeResources resources, CurrentModels current) {
    this.changes = changes;
    this.resources = resources;
    this.current = current;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int number = ((Number) execution.getVariable(CaseVariables.CHANGE_NUMBER)).intValue();
    ModelChange change = changes.find(number).orElseThrow();
    if (change.status() != Status.PROPOSED) {
      throw new IllegalStateException("model change " + number + " is " + change.status() + ", not PROPOSED");
    }
    Map<String, String> previous = new LinkedHashMap<>();
    var inForce = current.latest(change.tenantId());
    for (String key : change.processKeys()) {
      if (inForce.containsKey(key)) {
        previous.put(key, inForce.get(key).getId());
      }
    }
    DeploymentWithDefinitions deployed = resources.builder(DEPLOYMENT_PREFIX + number,
        "Camunda Modeler（变更第 " + number + " 号，" + change.decidedBy() + " 批准）", change.tenantId(),
        changes.files(number)).deployWithResult();
    changes.activated(number, deployed.getId(), PreviousDefinitions.write(previous));
    if (change.kind() == Kind.ROLLBACK && change.rollsBack() != null) {
      changes.rolledBack(change.rollsBack(), number);
    }
    LOG.info("model change {} approved by {}: deployment {} ({} definitions)", number, change.decidedBy(),
        deployed.getId(), deployed.getDeployedProcessDefinitions() == null ? 0
            : deployed.getDeployedProcessDefinitions().size());
  }
}
