package cn.gov.oneseal.modelchange;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.repository.CaseDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionRequirementsDefinition;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The engine's answer to an analyst's deployment: the change it became, in the shape of a deployment (so that
 * Camunda Modeler shows success) — its id {@code model-change-N}, its name saying that it awaits approval, and no
 * deployed definitions (nothing is live).
 */
record ProposalAnswer(int number, String name, String source, String tenantId, Date deploymentTime)
    implements DeploymentWithDefinitions {

  static final String ID_PREFIX = "model-change-";

  @Override
  public String getId() {
    return ID_PREFIX + number;
  }

  @Override
  public String getName() {
    return "变更第 " + number + " 号（待局负责人审批，尚未生效）：" + name;
  }

  @Override
  public Date getDeploymentTime() {
    return deploymentTime;
  }

  @Override
  public String getSource() {
    return source;
  }

  @Override
  public String getTenantId() {
    return tenantId;
  }

  @Override
  public List<ProcessDefinition> getDeployedProcessDefinitions() {
    return null;
  }

  @Override
  public List<CaseDefinition> getDeployedCaseDefinitions() {
    return null;
  }

  @Override
  public List<DecisionDefinition> getDeployedDecisionDefinitions() {
    return null;
  }

  @Override
  public List<DecisionRequirementsDefinition> getDeployedDecisionRequirementsDefinitions() {
    return null;
  }
}
