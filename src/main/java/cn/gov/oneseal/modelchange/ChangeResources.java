package cn.gov.oneseal.modelchange;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/**
 * What a change deploys: its own files, and for each of its models the forms the model refers to that the change does
 * not carry, taken from the process's deployment in force (every {@code formRef} binds to the process's own
 * deployment: an analyst deploys the diagram alone from Modeler, and the forms come with it unchanged).
 */
@Component
class ChangeResources {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private final CurrentModels current;
  private final RepositoryService repositories;

  ChangeResources(CurrentModels current, RepositoryService repositories) {
    this.current = current;
    this.repositories = repositories;
  }

  /** The files to deploy (the change's, then the forms completed), or the problems why not. */
  record Completed(Map<String, byte[]> files, List<String> problems) {}

  Completed complete(ProposedFiles change, String tenantId) {
    Map<String, byte[]> files = new LinkedHashMap<>(change.files());
    List<String> problems = new ArrayList<>();
    for (var model : change.models().entrySet()) {
      for (var process : change.processFiles().entrySet()) {
        if (!process.getValue().equals(model.getKey())) {
          continue;
        }
        Map<String, byte[]> inForce = current.of(process.getKey(), tenantId).map(CurrentModels.InForce::forms)
            .orElse(Map.of());
        for (String formRef : formRefs(model.getValue())) {
          if (change.formFiles().containsKey(formRef) || files.containsKey(formRef + ".form")) {
            continue;
          }
          Optional<byte[]> form = Optional.ofNullable(inForce.get(formRef)).or(() -> anyInForce(formRef, tenantId));
          form.ifPresentOrElse(content -> files.put(formRef + ".form", content),
              () -> problems.add(model.getKey() + "：引用的表单 " + formRef + " 在现行版本中不存在；请把该表单（.form 文件）随流程图一起部署"));
        }
      }
    }
    return new Completed(files, problems);
  }

  /** A builder deploying these files as the system would (named, with source and tenant). */
  DeploymentBuilder builder(String name, String source, String tenantId, Map<String, byte[]> files) {
    DeploymentBuilder deployment = repositories.createDeployment().name(name).source(source);
    if (tenantId != null) {
      deployment.tenantId(tenantId);
    }
    files.forEach((file, content) -> deployment.addInputStream(file, new ByteArrayInputStream(content)));
    return deployment;
  }

  private Optional<byte[]> anyInForce(String formId, String tenantId) {
    // each deployment once: many processes share one (the build's)
    for (String deployment : current.latest(tenantId).values().stream().map(d -> d.getDeploymentId()).distinct()
        .toList()) {
      byte[] form = current.forms(deployment).get(formId);
      if (form != null) {
        return Optional.of(form);
      }
    }
    return Optional.empty();
  }

  /** The forms the model refers to ({@code camunda:formRef}, none with an expression). */
  static Set<String> formRefs(BpmnModelInstance model) {
    Set<String> refs = new LinkedHashSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      String ref = node.getAttributeValueNs(CAMUNDA_NS, "formRef");
      if (ref != null && !ref.contains("{")) {
        refs.add(ref);
      }
    }
    return refs;
  }
}
