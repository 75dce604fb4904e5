package cn.gov.oneseal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.CatalogueLoader;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.ItemType;
import cn.gov.oneseal.form.StartForms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The items the benchmark's part (f) starts the bureau with are what an analyst could add: the catalogue (the real
 * entries and the generated ones) passes the start-up rules against the processes beside it, every call of a stage
 * carries the stage's element template with exactly the template's bindings, every item has its start form, and the
 * shapes vary with the items' types (the model lint passes on them too: src/docs/benchmark.md, "Scale: 200 items").
 */
class GeneratedItemsTest {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  @TempDir
  Path dir;

  @Test
  void generatedItemsPassTheStartUpRulesAndFollowTheTemplates() throws IOException {
    GeneratedItems generated = GeneratedItems.write(dir.resolve("items"), 24);
    Set<String> keys = new TreeSet<>();
    for (Path folder : List.of(Path.of("processes"), dir.resolve("items/processes/bench"))) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
          Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).forEach(p -> keys.add(p.getId()));
        }
      }
    }
    ItemCatalogue catalogue;
    try (InputStream in = Files.newInputStream(dir.resolve("items/catalogue.yaml"))) {
      catalogue = CatalogueLoader.read(in, "catalogue.yaml", keys);
    }
    int real = new ObjectMapper(new YAMLFactory()).readTree(Path.of("processes/catalogue.yaml").toFile()).path("items")
        .size();
    assertThat(catalogue.all()).hasSize(real + 24);

    Map<String, JsonNode> templates = templates();
    Set<List<String>> shapes = new HashSet<>();
    Set<ItemType> types = new HashSet<>();
    for (ApprovalItem item : generated.items) {
      types.add(item.type());
      assertThat(dir.resolve("items/forms/bench/" + StartForms.fileName(item.code()))).exists();
      BpmnModelInstance model = Bpmn.readModelFromFile(
          dir.resolve("items/processes/bench/" + item.code() + ".bpmn").toFile());
      Bpmn.validateModel(model);
      StartEvent start = model.getModelElementsByType(StartEvent.class).iterator().next();
      assertThat(start.getCamundaFormRef()).isEqualTo(StartForms.formId(item.code()));
      List<String> stages = new ArrayList<>();
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        stages.add(call.getCalledElement());
        JsonNode template = templates.get(call.getCalledElement());
        assertThat(call.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate")).isEqualTo(template.get("id").asText());
        assertThat(bindings(call)).as(item.code() + " " + call.getId()).isEqualTo(bindings(template));
      }
      assertThat(stages).as(item.code()).contains("Stage_Dispatch");
      assertThat(stages.contains("Stage_OnTheSpotDecision")).isEqualTo(item.type() == ItemType.INSTANT);
      assertThat(stages.contains("Stage_HigherOrganDecision")).isEqualTo(item.type() == ItemType.REPORT);
      assertThat(stages.contains("Stage_JointOpinions")).isEqualTo(item.type() == ItemType.JOINT);
      assertThat(stages.contains("Stage_CommitmentDecision"))
          .isEqualTo(item.type() == ItemType.PROMISE && item.commitment().allowed());
      assertThat(model.getModelElementsByType(FlowNode.class)).as(item.code() + ": a thin model").hasSizeLessThan(16);
      shapes.add(stages);
    }
    assertThat(types).containsExactlyInAnyOrder(ItemType.values());
    assertThat(shapes).hasSizeGreaterThanOrEqualTo(5);
  }

  /** What a call activity binds: name, called stage, business key, ins and outs. */
  private static List<String> bindings(CallActivity call) {
    List<String> b = new ArrayList<>();
    b.add("name=" + call.getName());
    b.add("calledElement=" + call.getCalledElement());
    String tenant = call.getCamundaCalledElementTenantId();
    if (tenant != null) {
      b.add("calledElementTenantId=" + tenant);
    }
    for (CamundaIn in : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
      b.add(in.getCamundaBusinessKey() != null ? "businessKey=" + in.getCamundaBusinessKey()
          : "in " + in.getCamundaSource() + "->" + in.getCamundaTarget());
    }
    for (CamundaOut out : call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()) {
      b.add("out " + out.getCamundaSource() + "->" + out.getCamundaTarget());
    }
    return b;
  }

  private static List<String> bindings(JsonNode template) {
    List<String> b = new ArrayList<>();
    List<String> outs = new ArrayList<>();
    List<String> ins = new ArrayList<>();
    String businessKey = null;
    Map<String, String> properties = new HashMap<>();
    for (JsonNode property : template.get("properties")) {
      JsonNode binding = property.get("binding");
      String value = property.path("value").asText();
      switch (binding.get("type").asText()) {
        case "property" -> properties.put(binding.get("name").asText().replace("camunda:", ""), value);
        case "camunda:in:businessKey" -> businessKey = value;
        case "camunda:in" -> ins.add("in " + value + "->" + binding.get("target").asText());
        case "camunda:out" -> outs.add("out " + binding.get("source").asText() + "->" + value);
        default -> throw new AssertionError(binding);
      }
    }
    b.add("name=" + properties.get("name"));
    b.add("calledElement=" + properties.get("calledElement"));
    if (properties.containsKey("calledElementTenantId")) {
      b.add("calledElementTenantId=" + properties.get("calledElementTenantId"));
    }
    b.add("businessKey=" + businessKey);
    b.addAll(ins);
    b.addAll(outs);
    return b;
  }

  private static Map<String, JsonNode> templates() throws IOException {
    Map<String, JsonNode> templates = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("processes/.camunda/element-templates"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonNode template = new ObjectMapper().readTree(file.toFile());
        templates.put(template.get("id").asText().replace("cn.gov.oneseal.", ""), template);
      }
    }
    return templates;
  }
}
