package cn.gov.oneseal.modelchange;

import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** How an element is named to officers: its id and Chinese name, and its type in Chinese. */
final class ElementNames {

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("userTask", "用户任务"), Map.entry("serviceTask", "服务任务"), Map.entry("sendTask", "发送任务"),
      Map.entry("receiveTask", "接收任务"), Map.entry("scriptTask", "脚本任务"),
      Map.entry("businessRuleTask", "业务规则任务"), Map.entry("manualTask", "人工任务"), Map.entry("task", "任务"),
      Map.entry("callActivity", "调用活动"), Map.entry("subProcess", "子流程"), Map.entry("transaction", "事务子流程"),
      Map.entry("adHocSubProcess", "自由子流程"), Map.entry("exclusiveGateway", "排他网关"),
      Map.entry("parallelGateway", "并行网关"), Map.entry("inclusiveGateway", "包容网关"),
      Map.entry("eventBasedGateway", "事件网关"), Map.entry("complexGateway", "复杂网关"),
      Map.entry("startEvent", "开始事件"), Map.entry("endEvent", "结束事件"),
      Map.entry("intermediateCatchEvent", "中间捕获事件"), Map.entry("intermediateThrowEvent", "中间抛出事件"),
      Map.entry("boundaryEvent", "边界事件"), Map.entry("sequenceFlow", "顺序流"),
      Map.entry("dataObject", "数据对象"), Map.entry("dataObjectReference", "数据对象引用"),
      Map.entry("dataStoreReference", "数据存储引用"));

  private static final Map<String, String> EVENT_DEFINITIONS = Map.ofEntries(
      Map.entry("timerEventDefinition", "定时"), Map.entry("messageEventDefinition", "消息"),
      Map.entry("signalEventDefinition", "信号"), Map.entry("errorEventDefinition", "错误"),
      Map.entry("escalationEventDefinition", "升级"), Map.entry("compensateEventDefinition", "补偿"),
      Map.entry("conditionalEventDefinition", "条件"), Map.entry("linkEventDefinition", "链接"),
      Map.entry("terminateEventDefinition", "终止"), Map.entry("cancelEventDefinition", "取消"));

  private ElementNames() {
  }

  /** {@code Task_CheckCorrections（审查补正材料）}, or the id alone when the element has no name. */
  static String named(String id, String name) {
    return blank(name) ? id : id + "（" + name.trim() + "）";
  }

  /** The element named by its id and name. */
  static String named(FlowElement element) {
    return named(element.getId(), element.getName());
  }

  /** A name in corner brackets, 「审查」, or 无名称. */
  static String quoted(String name) {
    return blank(name) ? "无名称" : "「" + name.trim() + "」";
  }

  /** A value as written, or 无 when there is none. */
  static String value(String value) {
    return blank(value) ? "无" : value.trim();
  }

  /**
   * The element's type in Chinese, with what changes its behaviour: the kind of event (定时边界事件), a boundary
   * event that does not interrupt (非中断), an event sub-process, multi-instance.
   */
  static String type(FlowElement element) {
    String local = element.getElementType().getTypeName();
    String base = TYPES.getOrDefault(local, local);
    if (element instanceof SubProcess sub && sub.triggeredByEvent()) {
      base = "事件子流程";
    }
    StringBuilder type = new StringBuilder();
    if (element instanceof BoundaryEvent boundary && !boundary.cancelActivity()) {
      type.append("非中断");
    }
    for (ModelElementInstance child : element.getChildElementsByType(EventDefinition.class)) {
      String kind = child.getElementType().getTypeName();
      type.append(EVENT_DEFINITIONS.getOrDefault(kind, kind));
    }
    type.append(base);
    for (ModelElementInstance child : element.getChildElementsByType(MultiInstanceLoopCharacteristics.class)) {
      type.append(((MultiInstanceLoopCharacteristics) child).isSequential() ? "（串行多实例）" : "（并行多实例）");
    }
    return type.toString();
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
