package cn.gov.oneseal.modelchange;

import static cn.gov.oneseal.modelchange.ElementNames.named;
import static cn.gov.oneseal.modelchange.ElementNames.quoted;
import static cn.gov.oneseal.modelchange.ElementNames.value;

import cn.gov.oneseal.modelchange.ModelDifference.Kind;
import java.util.Objects;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Compares one flow element present before and after: name, type, place, limits, form, assignment, flow, call. */
final class ElementComparison {

  private final DiffContext ctx;

  ElementComparison(DiffContext ctx) {
    this.ctx = ctx;
  }

  void compare(ProcessComparison.Placed was, ProcessComparison.Placed is) {
    FlowElement before = was.element();
    FlowElement after = is.element();
    if (!Objects.equals(trim(before.getName()), trim(after.getName()))) {
      ctx.add(Kind.RENAMED, after.getId(), Kind.RENAMED.label() + " " + after.getId() + "："
          + quoted(before.getName()) + "改为" + quoted(after.getName()));
    }
    changed(Kind.TYPE_CHANGED, after, "", ElementNames.type(before), ElementNames.type(after));
    if (!Objects.equals(was.scopeId(), is.scopeId())) {
      changed(Kind.FLOW_CHANGED, after, "所在位置 ", was.scope(), is.scope());
    }
    limits(before, after);
    forms(before, after);
    for (String[] attr : new String[][] {{"candidateGroups", "候选岗位"}, {"candidateUsers", "候选人"},
        {"assignee", "办理人"}}) {
      changed(Kind.ASSIGNMENT_CHANGED, after, attr[1] + " ", camunda(before, attr[0]), camunda(after, attr[0]));
    }
    flows(before, after);
    if (before instanceof CallActivity && after instanceof CallActivity) {
      calls(before, after);
    }
    implementation(before, after);
    multiInstance(before, after);
    MappingComparison.compare(ctx, before, after);
  }

  private void limits(FlowElement before, FlowElement after) {
    changed(Kind.LIMIT_CHANGED, after, "到期时间 ", camunda(before, "dueDate"), camunda(after, "dueDate"));
    changed(Kind.LIMIT_CHANGED, after, "跟进时间 ", camunda(before, "followUpDate"),
        camunda(after, "followUpDate"));
    changed(Kind.LIMIT_CHANGED, after, "定时 ", timer(before), timer(after));
  }

  private void forms(FlowElement before, FlowElement after) {
    changed(Kind.FORM_CHANGED, after, "表单 ", camunda(before, "formRef"), camunda(after, "formRef"));
    changed(Kind.FORM_CHANGED, after, "表单 ", camunda(before, "formKey"), camunda(after, "formKey"));
    changed(Kind.FORM_CHANGED, after, "表单版本绑定 ", camunda(before, "formRefBinding"),
        camunda(after, "formRefBinding"));
    changed(Kind.FORM_CHANGED, after, "表单版本 ", camunda(before, "formRefVersion"),
        camunda(after, "formRefVersion"));
    String formId = trim(camunda(after, "formRef"));
    if (formId == null || !formId.equals(trim(camunda(before, "formRef"))) || !ctx.firstTime(formId)) {
      return;
    }
    String afterJson = ctx.forms().after(formId).orElse(null);
    if (afterJson == null) {
      return; // the change does not carry the form: the one in force stays
    }
    String beforeJson = ctx.forms().before(formId).orElse(null);
    if (beforeJson == null) {
      ctx.add(Kind.FORM_CHANGED, after, "表单 " + formId + " 此前不存在，本次新增");
      return;
    }
    for (String detail : FormDiff.details(beforeJson, afterJson)) {
      ctx.add(Kind.FORM_CHANGED, after, "表单 " + formId + " " + detail);
    }
  }

  private void flows(FlowElement before, FlowElement after) {
    if (before instanceof SequenceFlow b && after instanceof SequenceFlow a) {
      reference(after, "来源 ", b.getSource(), a.getSource());
      reference(after, "去向 ", b.getTarget(), a.getTarget());
      changed(Kind.FLOW_CHANGED, after, "条件 ", condition(b), condition(a));
    }
    if (before instanceof BoundaryEvent b && after instanceof BoundaryEvent a) {
      reference(after, "附着于 ", b.getAttachedTo(), a.getAttachedTo());
    }
    changed(Kind.FLOW_CHANGED, after, "默认流向 ", before.getAttributeValue("default"),
        after.getAttributeValue("default"));
  }

  private void calls(FlowElement before, FlowElement after) {
    changed(Kind.CALL_CHANGED, after, "被调用流程 ", before.getAttributeValue("calledElement"),
        after.getAttributeValue("calledElement"));
    for (String[] attr : new String[][] {{"calledElementBinding", "版本绑定"}, {"calledElementVersion", "版本"},
        {"calledElementVersionTag", "版本标签"}, {"calledElementTenantId", "租户"}}) {
      changed(Kind.CALL_CHANGED, after, attr[1] + " ", camunda(before, attr[0]), camunda(after, attr[0]));
    }
  }

  /** What a task or event runs: delegate, class, expression, external topic; the message or signal it waits for. */
  private void implementation(FlowElement before, FlowElement after) {
    for (String[] attr : new String[][] {{"delegateExpression", "处理程序 "}, {"class", "处理类 "},
        {"expression", "处理表达式 "}, {"topic", "外部任务主题 "}, {"decisionRef", "决策表 "}}) {
      changed(Kind.CALL_CHANGED, after, attr[1], camunda(before, attr[0]), camunda(after, attr[0]));
    }
    changed(Kind.CALL_CHANGED, after, "消息 ", eventReference(before, MessageEventDefinition.class),
        eventReference(after, MessageEventDefinition.class));
    changed(Kind.CALL_CHANGED, after, "信号 ", eventReference(before, SignalEventDefinition.class),
        eventReference(after, SignalEventDefinition.class));
  }

  /** Who works in parallel (the collection) and when the parallel work ends. */
  private void multiInstance(FlowElement before, FlowElement after) {
    MultiInstanceLoopCharacteristics was = loop(before);
    MultiInstanceLoopCharacteristics is = loop(after);
    if (was == null || is == null) {
      return; // becoming or ceasing to be multi-instance is a change of type
    }
    changed(Kind.ASSIGNMENT_CHANGED, after, "多实例集合 ", was.getCamundaCollection(), is.getCamundaCollection());
    changed(Kind.ASSIGNMENT_CHANGED, after, "多实例数量 ", text(was.getLoopCardinality()),
        text(is.getLoopCardinality()));
    changed(Kind.FLOW_CHANGED, after, "多实例完成条件 ", text(was.getCompletionCondition()),
        text(is.getCompletionCondition()));
  }

  private static MultiInstanceLoopCharacteristics loop(FlowElement element) {
    for (ModelElementInstance child : element.getChildElementsByType(MultiInstanceLoopCharacteristics.class)) {
      return (MultiInstanceLoopCharacteristics) child;
    }
    return null;
  }

  private static String text(ModelElementInstance element) {
    return element == null ? null : trim(element.getTextContent());
  }

  /** The name (or id) of the message or signal an event waits for or sends. */
  private static String eventReference(FlowElement element, Class<? extends EventDefinition> type) {
    for (ModelElementInstance child : element.getChildElementsByType(type)) {
      BaseElement target = child instanceof MessageEventDefinition m ? m.getMessage()
          : ((SignalEventDefinition) child).getSignal();
      if (target != null) {
        String name = target.getAttributeValue("name");
        return name == null ? target.getId() : name;
      }
    }
    return null;
  }

  /** A flow's end or a boundary event's host moved to another element (compared by id, shown with the name). */
  private void reference(FlowElement element, String what, FlowElement before, FlowElement after) {
    String was = before == null ? null : before.getId();
    String is = after == null ? null : after.getId();
    if (!Objects.equals(was, is)) {
      ctx.add(Kind.FLOW_CHANGED, element, what + (before == null ? "无" : named(before)) + " 改为 "
          + (after == null ? "无" : named(after)));
    }
  }

  /** Adds {@code <what><before> 改为 <after>} when the two differ. */
  private void changed(Kind kind, FlowElement element, String what, String before, String after) {
    if (!Objects.equals(trim(before), trim(after))) {
      ctx.add(kind, element, what + value(before) + " 改为 " + value(after));
    }
  }

  /** A timer as written: the date expression, or 时长 / 周期 and the expression; null when not a timer. */
  static String timer(FlowElement element) {
    for (ModelElementInstance child : element.getChildElementsByType(TimerEventDefinition.class)) {
      TimerEventDefinition timer = (TimerEventDefinition) child;
      if (timer.getTimeDate() != null) {
        return trim(timer.getTimeDate().getTextContent());
      }
      if (timer.getTimeDuration() != null) {
        return "时长 " + trim(timer.getTimeDuration().getTextContent());
      }
      if (timer.getTimeCycle() != null) {
        return "周期 " + trim(timer.getTimeCycle().getTextContent());
      }
    }
    return null;
  }

  static String condition(SequenceFlow flow) {
    return flow.getConditionExpression() == null ? null : trim(flow.getConditionExpression().getTextContent());
  }

  static String camunda(ModelElementInstance element, String attribute) {
    return element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, attribute);
  }

  static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
