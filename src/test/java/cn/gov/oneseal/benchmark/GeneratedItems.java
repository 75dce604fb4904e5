package cn.gov.oneseal.benchmark;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.CatalogueLoader;
import cn.gov.oneseal.catalogue.ItemType;
import cn.gov.oneseal.form.StartForms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.CallActivityBuilder;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;

/**
 * The items of part (f) (src/docs/benchmark.md, "Scale: 200 items"): generated as an analyst would add them — a
 * catalogue entry and a thin model of the shared stages dragged in from the Modeler element templates
 * ({@code processes/.camunda/element-templates/}, their bindings applied as Modeler applies them) — plus the start
 * form the build would generate ({@link StartForms}). Entries are varied copies of the real items (every item type,
 * with and without 告知承诺, survey or not, three to nine materials); each model's shape follows its entry. Written
 * into a folder under {@code target/} laid out as the class path is ({@code catalogue.yaml},
 * {@code processes/bench/*.bpmn}, {@code forms/bench/*.form}), never into {@code processes/}.
 */
final class GeneratedItems {

  static final String PREFIX = "BenchItem";
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  final Path root;
  final List<ApprovalItem> items = new ArrayList<>();
  private final Map<String, JsonNode> templates = new LinkedHashMap<>();

  private GeneratedItems(Path root) {
    this.root = root;
  }

  /**
   * For a look at the generated items in Camunda Modeler or through the model lint:
   * {@code GeneratedItems <folder> <count>} (run on the test class path from the project's folder).
   */
  public static void main(String[] args) throws IOException {
    GeneratedItems generated = write(Path.of(args[0]), Integer.parseInt(args[1]));
    System.out.println(generated.items.size() + " items written to " + generated.root.toAbsolutePath());
  }

  /** Writes {@code count} items beside the real catalogue into {@code root} (emptied first). */
  static GeneratedItems write(Path root, int count) throws IOException {
    GeneratedItems generated = new GeneratedItems(root);
    generated.readTemplates(Path.of("processes", ".camunda", "element-templates"));
    if (Files.exists(root)) {
      try (Stream<Path> old = Files.walk(root)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(root.resolve("processes/bench"));
    Files.createDirectories(root.resolve("forms/bench"));
    ObjectNode catalogue;
    try (InputStream in = Files.newInputStream(Path.of("processes", "catalogue.yaml"))) {
      catalogue = (ObjectNode) YAML.readTree(in);
    }
    ArrayNode entries = (ArrayNode) catalogue.get("items");
    List<JsonNode> real = new ArrayList<>();
    entries.forEach(real::add);
    for (int i = 1; i <= count; i++) {
      ObjectNode entry = generated.entry(real.get((i - 1) % real.size()), i);
      entries.add(entry);
      ApprovalItem item = CatalogueLoader.item(entry, entry.get("code").asText());
      generated.items.add(item);
      Files.writeString(root.resolve("processes/bench/" + item.code() + ".bpmn"),
          Bpmn.convertToString(generated.model(item, "")));
      Files.write(root.resolve("forms/bench/" + StartForms.fileName(item.code())),
          StartForms.bytes(StartForms.generate(StartForms.layout(), item)));
    }
    YAML.writeValue(root.resolve("catalogue.yaml").toFile(), catalogue);
    return generated;
  }

  /** A varied copy of a real item's entry under a code and name of its own. */
  private ObjectNode entry(JsonNode base, int i) {
    ObjectNode entry = base.deepCopy();
    String code = PREFIX + String.format("%03d", i);
    entry.put("code", code);
    entry.put("name", "压测事项" + String.format("%03d", i) + "（" + base.get("name").asText() + "类）");
    ItemType type = ItemType.valueOf(base.get("type").asText());
    if (type == ItemType.PROMISE && i % 3 == 0) {
      // an item without 告知承诺: its model has no commitment branch
      ObjectNode commitment = entry.putObject("commitment");
      commitment.put("allowed", false);
      commitment.put("verificationLimit", 0);
    }
    ArrayNode materials = (ArrayNode) entry.get("materials");
    for (int m = 0; m < i % 5; m++) {
      ObjectNode material = materials.addObject();
      material.put("code", "X" + (m + 1));
      material.put("name", "补充材料" + (m + 1) + "（压测事项" + i + "）");
      material.put("kind", "secondary");
      material.put("required", m % 2 == 0);
    }
    return entry;
  }

  /**
   * The item's thin model: the shared stages of its type as call activities made from the element templates, joined
   * by the acceptance gateway (and the 告知承诺 branch when the item allows it). {@code note} goes into the
   * process's documentation: a changed model for the deployment measurement.
   */
  BpmnModelInstance model(ApprovalItem item, String note) {
    var start = Bpmn.createExecutableProcess(item.code()).name(item.name()).camundaHistoryTimeToLive(3650)
        .startEvent("StartEvent_ApplicationReceived").name("收到申请").camundaFormRef(StartForms.formId(item.code()))
        .camundaFormRefBinding("deployment")
        .camundaExecutionListenerDelegateExpression("start", "${caseRegistrationListener}");
    BpmnModelInstance model;
    if (item.type() == ItemType.INSTANT) {
      var gateway = stage(start.callActivity("CallActivity_DecideOnTheSpot"), "Stage_OnTheSpotDecision")
          .exclusiveGateway("Gateway_Accepted").name("是否受理？");
      gateway.condition("不予受理", "${intakeDecision == 'reject'}").endEvent("EndEvent_Rejected").name("不予受理");
      model = stage(gateway.moveToNode("Gateway_Accepted").sequenceFlowId("Flow_ToDispatch")
          .callActivity("CallActivity_DispatchToRegulator"), "Stage_Dispatch")
          .endEvent("EndEvent_CaseCompleted").name("办结").done();
      defaultFlow(model, "Flow_ToDispatch");
    } else {
      var gateway = stage(start.callActivity("CallActivity_Intake"), "Stage_Intake")
          .exclusiveGateway("Gateway_Accepted").name("是否受理？");
      gateway.condition("逾期未补正", "${intakeDecision == 'withdrawn'}").endEvent("EndEvent_Withdrawn").name("视为放弃");
      AbstractFlowNodeBuilder<?, ?> node = gateway.moveToNode("Gateway_Accepted")
          .condition("受理", "${intakeDecision == 'accept'}");
      if (item.type() == ItemType.JOINT) {
        node = stage(node.callActivity("CallActivity_DepartmentOpinions"), "Stage_JointOpinions");
      } else {
        if (item.survey() != ApprovalItem.SurveyMode.NONE) {
          node = stage(node.callActivity("CallActivity_SiteSurvey"), "Stage_SiteSurvey");
        }
        node = stage(node.callActivity("CallActivity_Review"), "Stage_Review");
      }
      node = item.type() == ItemType.REPORT
          ? stage(node.callActivity("CallActivity_HigherOrganDecision"), "Stage_HigherOrganDecision")
          : stage(node.callActivity("CallActivity_Decision"), "Stage_Decision");
      boolean commitment = item.type() == ItemType.PROMISE && item.commitment().allowed();
      if (commitment) {
        node = node.exclusiveGateway("Gateway_Decided");
      }
      node = stage(node.callActivity("CallActivity_Delivery"), "Stage_Delivery");
      node = stage(node.callActivity("CallActivity_DispatchToRegulator"), "Stage_Dispatch");
      node.endEvent("EndEvent_CaseCompleted").name("办结");
      if (commitment) {
        stage(node.moveToNode("Gateway_Accepted").condition("告知承诺", "${intakeDecision == 'commitment'}")
            .callActivity("CallActivity_CommitmentDecision"), "Stage_CommitmentDecision").connectTo("Gateway_Decided");
      }
      model = node.moveToNode("Gateway_Accepted").sequenceFlowId("Flow_Rejected").endEvent("EndEvent_Rejected")
          .name("不予受理").done();
      model.<SequenceFlow>getModelElementById("Flow_Rejected").setName("不予受理");
      defaultFlow(model, "Flow_Rejected");
    }
    // as Modeler saves a Camunda 7 diagram (its lint checks nothing without them)
    model.getDefinitions().setAttributeValueNs(MODELER_NS, "executionPlatform", "Camunda Platform");
    model.getDefinitions().setAttributeValueNs(MODELER_NS, "executionPlatformVersion", "7.24.0");
    Process process = model.getModelElementById(item.code());
    Documentation documentation = model.newInstance(Documentation.class);
    documentation.setTextContent(item.name() + "（" + item.type().label() + "，压测生成，由共享环节模板组成）" + note);
    process.getDocumentations().add(documentation);
    return model;
  }

  /** The call activity with the template's bindings applied (name, called stage, business key, in/out mappings). */
  private CallActivityBuilder stage(CallActivityBuilder builder, String stage) {
    JsonNode template = templates.get(stage);
    if (template == null) {
      throw new IllegalStateException("no element template for " + stage);
    }
    CallActivity activity = builder.getElement();
    activity.setAttributeValueNs(CAMUNDA_NS, "modelerTemplate", template.get("id").asText());
    activity.setAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion", template.get("version").asText());
    for (JsonNode property : template.get("properties")) {
      JsonNode binding = property.get("binding");
      String value = property.path("value").asText();
      switch (binding.get("type").asText()) {
        case "property" -> {
          String name = binding.get("name").asText();
          if (name.startsWith("camunda:")) {
            activity.setAttributeValueNs(CAMUNDA_NS, name.substring("camunda:".length()), value);
          } else {
            activity.setAttributeValue(name, value);
          }
        }
        case "camunda:in:businessKey" -> {
          CamundaIn in = builder.getElement().getModelInstance().newInstance(CamundaIn.class);
          in.setCamundaBusinessKey(value);
          builder.addExtensionElement(in);
        }
        case "camunda:in" -> builder.camundaIn(value, binding.get("target").asText());
        case "camunda:out" -> builder.camundaOut(binding.get("source").asText(), value);
        default -> throw new IllegalStateException("binding " + binding + " of " + stage + " not applied here");
      }
    }
    return builder;
  }

  private static void defaultFlow(BpmnModelInstance model, String flow) {
    model.<ExclusiveGateway>getModelElementById("Gateway_Accepted").setDefault(model.getModelElementById(flow));
  }

  private void readTemplates(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode template = JSON.readTree(file.toFile());
        for (JsonNode property : template.get("properties")) {
          if (property.path("binding").path("name").asText().equals("calledElement")) {
            templates.put(property.get("value").asText(), template);
          }
        }
      }
    }
  }

  /** The bytes of a changed model of the item (its documentation changed, as an analyst's edit in Modeler). */
  byte[] changedModel(ApprovalItem item, String note) {
    return Bpmn.convertToString(model(item, note)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  byte[] startForm(ApprovalItem item) {
    return StartForms.bytes(StartForms.generate(StartForms.layout(), item));
  }
}
