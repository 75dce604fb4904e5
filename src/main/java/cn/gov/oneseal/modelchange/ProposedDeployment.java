package cn.gov.oneseal.modelchange;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;

/**
 * What an analyst sent to deploy ({@code /engine-rest/deployment/create} from Camunda Modeler, or the Java API): its
 * files, the deployment's name, source and tenant, whether unchanged files are to be left out
 * ({@code deploy-changed-only} or {@code enable-duplicate-filtering}), and whether it names resources of earlier
 * deployments instead of sending files (a redeployment — not an analyst's change).
 */
record ProposedDeployment(String name, String source, String tenantId, Map<String, byte[]> files, boolean changedOnly,
    boolean redeployment) {

  private static final Field BUILDER;

  static {
    try {
      BUILDER = DeployCmd.class.getDeclaredField("deploymentBuilder");
      BUILDER.setAccessible(true);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's DeployCmd has no deploymentBuilder: check the engine version", e);
    }
  }

  static ProposedDeployment of(DeployCmd command) {
    DeploymentBuilderImpl builder;
    try {
      builder = (DeploymentBuilderImpl) BUILDER.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, ResourceEntity> resources = builder.getDeployment().getResources();
    if (resources != null) {
      resources.values().forEach(resource -> files.put(resource.getName(), resource.getBytes()));
    }
    boolean redeployment = builder.getNameFromDeployment() != null || !builder.getDeployments().isEmpty()
        || !builder.getDeploymentResourcesById().isEmpty() || !builder.getDeploymentResourcesByName().isEmpty();
    return new ProposedDeployment(builder.getDeployment().getName(), builder.getDeployment().getSource(),
        builder.getDeployment().getTenantId(), files, builder.isDuplicateFilterEnabled() || builder.isDeployChangedOnly(),
        redeployment);
  }
}
