package cn.gov.oneseal.modelchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The models in force: per process key the latest definition of a bureau (the shared ones when the tenant is none),
 * its model, and the forms its deployment carries (every {@code formRef} binds to the process's own deployment).
 * What a change is compared with, checked beside and completed from. Read as the system (on the change worker).
 */
@Component
class CurrentModels {

  /** One process in force: its definition and the files of its deployment (forms, by form id). */
  record InForce(ProcessDefinition definition, byte[] model, Map<String, byte[]> forms) {}

  private final RepositoryService repositories;

  CurrentModels(RepositoryService repositories) {
    this.repositories = repositories;
  }

  /**
   * Every process in force for the bureau, by process key: the shared ones, and — for a bureau (tenant) — its own
   * deployment of a process in place of the shared one (as the city bureau's decision stage).
   */
  Map<String, ProcessDefinition> latest(String tenantId) {
    Map<String, ProcessDefinition> latest = new LinkedHashMap<>();
    repositories.createProcessDefinitionQuery().latestVersion().withoutTenantId().orderByProcessDefinitionKey().asc()
        .list().forEach(definition -> latest.put(definition.getKey(), definition));
    if (tenantId != null) {
      repositories.createProcessDefinitionQuery().latestVersion().tenantIdIn(tenantId).list()
          .forEach(definition -> latest.put(definition.getKey(), definition));
    }
    return latest;
  }

  /** The process of that key in force for the bureau, with its model and its deployment's forms. */
  Optional<InForce> of(String processKey, String tenantId) {
    ProcessDefinition definition = null;
    if (tenantId != null) {
      definition = repositories.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
          .tenantIdIn(tenantId).singleResult();
    }
    if (definition == null) {
      definition = repositories.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
          .withoutTenantId().singleResult();
    }
    if (definition == null) {
      return Optional.empty();
    }
    return Optional.of(new InForce(definition, read(definition.getDeploymentId(), definition.getResourceName()),
        forms(definition.getDeploymentId())));
  }

  /** The forms a deployment carries, by form id (files are named after their form). */
  Map<String, byte[]> forms(String deploymentId) {
    Map<String, byte[]> forms = new LinkedHashMap<>();
    for (String name : repositories.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        forms.put(formId(name), read(deploymentId, name));
      }
    }
    return forms;
  }

  /** The files of a deployment, by resource name. */
  Map<String, byte[]> files(String deploymentId) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : repositories.getDeploymentResourceNames(deploymentId)) {
      files.put(name, read(deploymentId, name));
    }
    return files;
  }

  /** The decision tables in force, by resource file name. */
  Map<String, byte[]> decisions(String tenantId) {
    var query = repositories.createDecisionDefinitionQuery().latestVersion();
    query = tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
    Map<String, byte[]> decisions = new LinkedHashMap<>();
    query.list().forEach(decision -> decisions.putIfAbsent(fileName(decision.getResourceName()),
        read(decision.getDeploymentId(), decision.getResourceName())));
    return decisions;
  }

  /** Deployments from the oldest, for collecting the newest file of each name. */
  List<Deployment> deploymentsOldestFirst() {
    return repositories.createDeploymentQuery().orderByDeploymentTime().asc().list();
  }

  byte[] read(String deploymentId, String resourceName) {
    try (InputStream in = repositories.getResourceAsStream(deploymentId, resourceName)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fileName(String resourceName) {
    int slash = Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\'));
    return resourceName.substring(slash + 1);
  }

  static String formId(String resourceName) {
    String file = fileName(resourceName);
    return file.substring(0, file.length() - ".form".length());
  }
}
