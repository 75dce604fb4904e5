package cn.gov.oneseal.catalogueadmin;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.CatalogueChanged;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.StartForms;
import cn.gov.oneseal.security.AsSystem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An item's 收件登记 form shows the materials of the item's current catalogue version. The build deploys the forms
 * the catalogue file makes; when an analyst changes an item's materials, the item's process is deployed again as a
 * new version together with its start form made anew ({@link StartForms}) and the other forms its model refers to
 * (every {@code formRef} binds to the process's own deployment) — in the change's transaction, by the system (the
 * analyst has no right to deploy). New cases start on the new version; running ones keep theirs. On every start the
 * same is done for an item whose latest process does not carry the form its current version makes (a database whose
 * catalogue was changed, started with a new build; or an item's process deployed without its form).
 */
@Component
class ItemStartForms {

  private static final Logger LOG = LoggerFactory.getLogger(ItemStartForms.class);
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  /**
   * The deployments made here, one name per item. No duplicate filtering: whether to deploy is decided here
   * ({@link #carriesItsForm}); the engine's filter would compare with this name's last deployment only and keep a
   * build's later deployment of the file's form as the latest.
   */
  static final String DEPLOYMENT_PREFIX = "oneseal-catalogue-";

  private final ProcessEngine engine;
  private final RepositoryService repositories;
  private final ItemCatalogue catalogue;

  ItemStartForms(ProcessEngine engine, ItemCatalogue catalogue) {
    this.engine = engine;
    this.repositories = engine.getRepositoryService();
    this.catalogue = catalogue;
  }

  @EventListener
  void changed(CatalogueChanged change) {
    if (change.materialsChanged()) {
      AsSystem.run(engine, () -> deploy(change.after()));
    }
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  void onStart() {
    // the latest definitions in one query and each deployment's resource names once: the items share the build's
    // deployment, and a query per item (two per item before) made this check a visible part of a start with 200
    // items (src/docs/benchmark.md, "Scale: 200 items")
    AsSystem.run(engine, () -> {
      Map<String, ProcessDefinition> latest = new HashMap<>();
      repositories.createProcessDefinitionQuery().withoutTenantId().latestVersion().list()
          .forEach(definition -> latest.put(definition.getKey(), definition));
      Map<String, List<String>> names = new HashMap<>();
      for (ApprovalItem item : catalogue.all()) {
        ProcessDefinition definition = latest.get(item.code());
        if (definition != null && !carriesItsForm(item, definition, names.computeIfAbsent(definition.getDeploymentId(),
            repositories::getDeploymentResourceNames))) {
          deploy(item);
        }
      }
    });
  }

  /** Whether the item's latest process carries the start form the item's current version makes. */
  boolean carriesItsForm(ApprovalItem item) {
    ProcessDefinition latest = latest(item.code());
    return latest == null
        || carriesItsForm(item, latest, repositories.getDeploymentResourceNames(latest.getDeploymentId()));
  }

  private boolean carriesItsForm(ApprovalItem item, ProcessDefinition latest, List<String> resourceNames) {
    JsonNode expected = StartForms.generate(StartForms.layout(), item);
    return form(latest.getDeploymentId(), StartForms.formId(item.code()), resourceNames).map(expected::equals)
        .orElse(false);
  }

  /** Deploys the item's process with its start form as the current version makes it: a new process version. */
  void deploy(ApprovalItem item) {
    ProcessDefinition latest = latest(item.code());
    if (latest == null) {
      LOG.warn("catalogue: {} has no deployed process; its start form is deployed with it", item.code());
      return;
    }
    String startForm = StartForms.formId(item.code());
    DeploymentBuilder deployment = repositories.createDeployment().name(DEPLOYMENT_PREFIX + item.code())
        .source(DEPLOYMENT_PREFIX + "startform");
    try (InputStream model = repositories.getProcessModel(latest.getId())) {
      deployment.addInputStream(item.code() + ".bpmn", model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String formRef : formRefs(repositories.getBpmnModelInstance(latest.getId()))) {
      if (!formRef.equals(startForm)) {
        resource(latest.getDeploymentId(), formRef).ifPresentOrElse(
            name -> deployment.addInputStream(formRef + ".form", repositories.getResourceAsStream(latest.getDeploymentId(), name)),
            () -> LOG.warn("catalogue: form {} of {} not found in its deployment", formRef, item.code()));
      }
    }
    deployment.addInputStream(StartForms.fileName(item.code()),
        new java.io.ByteArrayInputStream(StartForms.bytes(StartForms.generate(StartForms.layout(), item))));
    var result = deployment.deployWithResult();
    LOG.info("catalogue: {} deployed again with the start form of its current materials (deployment {})",
        item.code(), result.getId());
  }

  private ProcessDefinition latest(String code) {
    return repositories.createProcessDefinitionQuery().processDefinitionKey(code).withoutTenantId().latestVersion()
        .singleResult();
  }

  /** The forms the model refers to ({@code camunda:formRef}, none with an expression). */
  private static Set<String> formRefs(BpmnModelInstance model) {
    Set<String> refs = new LinkedHashSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      String ref = node.getAttributeValueNs(CAMUNDA_NS, "formRef");
      if (ref != null && !ref.contains("{")) {
        refs.add(ref);
      }
    }
    return refs;
  }

  /** The deployment's form of that id (its resource names given), read. */
  private Optional<JsonNode> form(String deploymentId, String formId, List<String> resourceNames) {
    return resource(resourceNames, formId).map(name -> {
      try (InputStream in = repositories.getResourceAsStream(deploymentId, name)) {
        return StartForms.read(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The name of the deployment's resource that holds the form of that id (files are named after their form). */
  private Optional<String> resource(String deploymentId, String formId) {
    return resource(repositories.getDeploymentResourceNames(deploymentId), formId);
  }

  private static Optional<String> resource(List<String> names, String formId) {
    String file = formId + ".form";
    return names.stream().filter(name -> name.equals(file) || name.endsWith("/" + file) || name.endsWith("\\" + file))
        .findFirst();
  }
}
