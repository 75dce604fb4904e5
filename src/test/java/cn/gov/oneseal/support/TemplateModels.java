package cn.gov.oneseal.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;

/**
 * An item's model drawn as an analyst draws it in Camunda Modeler (src/docs/analysts-guide.md, "Add an item"): the
 * start event 收到申请 with the item's start form and the registration listener, then call activities each made from
 * a stage's element template in {@code processes/.camunda/element-templates/} — the template's bindings written as
 * Modeler writes them (called element, business key, {@code camunda:in}/{@code camunda:out} in the template's order,
 * {@code camunda:modelerTemplate} and its version) — the gateway 是否受理？ after 受理, and the end events. Nothing is
 * copied from another item's model.
 */
public final class TemplateModels {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, JsonNode> templates = new LinkedHashMap<>();

  /** The templates of the folder, by the stage they call. */
  public TemplateModels(Path templateFolder) {
    try (var files = Files.list(templateFolder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode template = JSON.readTree(file.toFile());
        templates.put(calledElement(template), template);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A 承诺件 without 告知承诺 (analysts-guide "The shapes"): 收到申请 → 受理 → 是否受理？ (逾期未补正 视为放弃, 不予受理 by
   * default) → 联合现场勘验 → 审查 → 决定 → 制证送达 → 推送监管 → 办结.
   */
  public BpmnModelInstance promiseItem(String code, String name) {
    AbstractFlowNodeBuilder<?, ?> chain = Bpmn.createExecutableProcess(code).name(name)
        .camundaHistoryTimeToLive(3650)
        .startEvent("StartEvent_ApplicationReceived").name("收到申请")
        .camundaExecutionListenerDelegateExpression("start", "${caseRegistrationListener}")
        .sequenceFlowId("Flow_ToIntake").callActivity("CallActivity_Intake")
        .sequenceFlowId("Flow_IntakeDone").exclusiveGateway("Gateway_Accepted").name("是否受理？")
        .sequenceFlowId("Flow_Accepted").condition("受理", "${intakeDecision == 'accept'}")
        .callActivity("CallActivity_SiteSurvey")
        .sequenceFlowId("Flow_ToReview").callActivity("CallActivity_Review")
        .sequenceFlowId("Flow_ToDecision").callActivity("CallActivity_Decision")
        .sequenceFlowId("Flow_ToDelivery").callActivity("CallActivity_Delivery")
        .sequenceFlowId("Flow_ToDispatch").callActivity("CallActivity_DispatchToRegulator")
        .sequenceFlowId("Flow_ToCompleted").endEvent("EndEvent_CaseCompleted").name("办结")
        .moveToNode("Gateway_Accepted")
        .sequenceFlowId("Flow_Withdrawn").condition("逾期未补正", "${intakeDecision == 'withdrawn'}")
        .endEvent("EndEvent_Withdrawn").name("视为放弃")
        .moveToNode("Gateway_Accepted").sequenceFlowId("Flow_Rejected").endEvent("EndEvent_Rejected").name("不予受理");
    BpmnModelInstance model = chain.done();
    // a diagram Modeler creates for Camunda 7 says so (its lint and properties panel go by it)
    model.getDefinitions().getDomElement().registerNamespace("modeler", MODELER_NS);
    model.getDefinitions().setAttributeValueNs(MODELER_NS, "executionPlatform", "Camunda Platform");
    model.getDefinitions().setAttributeValueNs(MODELER_NS, "executionPlatformVersion", "7.24.0");
    StartEvent start = model.getModelElementById("StartEvent_ApplicationReceived");
    start.setAttributeValueNs(CAMUNDA_NS, "formRef", "Form_Register" + code);
    start.setAttributeValueNs(CAMUNDA_NS, "formRefBinding", "deployment");
    ExclusiveGateway accepted = model.getModelElementById("Gateway_Accepted");
    SequenceFlow rejected = model.getModelElementById("Flow_Rejected");
    rejected.setName("不予受理");
    accepted.setDefault(rejected);
    apply(model, "CallActivity_Intake", "Stage_Intake");
    apply(model, "CallActivity_SiteSurvey", "Stage_SiteSurvey");
    apply(model, "CallActivity_Review", "Stage_Review");
    apply(model, "CallActivity_Decision", "Stage_Decision");
    apply(model, "CallActivity_Delivery", "Stage_Delivery");
    apply(model, "CallActivity_DispatchToRegulator", "Stage_Dispatch");
    Bpmn.validateModel(model);
    return model;
  }

  /** Applies the stage's template to the call activity, as Modeler's properties panel does (Template → Select). */
  public void apply(BpmnModelInstance model, String callActivityId, String stage) {
    JsonNode template = templates.get(stage);
    if (template == null) {
      throw new IllegalArgumentException("no element template calls " + stage);
    }
    CallActivity call = model.getModelElementById(callActivityId);
    call.setAttributeValueNs(CAMUNDA_NS, "modelerTemplate", template.path("id").asText());
    call.setAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion", template.path("version").asText());
    ExtensionElements extensions = call.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      call.setExtensionElements(extensions);
    }
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      String value = property.path("value").asText();
      switch (binding.path("type").asText()) {
        case "property" -> {
          String name = binding.path("name").asText();
          if (name.startsWith("camunda:")) {
            call.setAttributeValueNs(CAMUNDA_NS, name.substring("camunda:".length()), value);
          } else {
            call.setAttributeValue(name, value);
          }
        }
        case "camunda:in:businessKey" -> extensions.addChildElement(in(model, mapping -> mapping.setCamundaBusinessKey(value)));
        case "camunda:in" -> extensions.addChildElement(in(model, mapping -> {
          mapping.setCamundaSource(value);
          mapping.setCamundaTarget(binding.path("target").asText());
        }));
        case "camunda:out" -> {
          CamundaOut mapping = model.newInstance(CamundaOut.class);
          mapping.setCamundaSource(binding.path("source").asText());
          mapping.setCamundaTarget(value);
          extensions.addChildElement(mapping);
        }
        default -> throw new IllegalStateException("template " + template.path("id").asText()
            + " has a binding this drawing does not know: " + binding);
      }
    }
  }

  /** The model as Modeler saves it. */
  public static void write(BpmnModelInstance model, Path file) {
    try {
      Files.writeString(file, Bpmn.convertToString(model));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CamundaIn in(BpmnModelInstance model, java.util.function.Consumer<CamundaIn> set) {
    CamundaIn mapping = model.newInstance(CamundaIn.class);
    set.accept(mapping);
    return mapping;
  }

  private static String calledElement(JsonNode template) {
    for (JsonNode property : template.path("properties")) {
      if (property.path("binding").path("name").asText().equals("calledElement")) {
        return property.path("value").asText();
      }
    }
    throw new IllegalStateException("template " + template.path("id").asText() + " names no called element");
  }
}
