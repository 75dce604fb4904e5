package cn.gov.oneseal.modelchange;

import static cn.gov.oneseal.modelchange.ElementComparison.camunda;
import static cn.gov.oneseal.modelchange.ElementComparison.trim;

import cn.gov.oneseal.modelchange.ModelDifference.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/** Compares one process present before and after: its attributes, then every flow element by id. */
final class ProcessComparison {

  /** A flow element and the scope it sits in: the process (id null, 流程顶层) or the sub-process named. */
  record Placed(FlowElement element, String scopeId, String scope) {
  }

  private final DiffContext ctx;

  ProcessComparison(DiffContext ctx) {
    this.ctx = ctx;
  }

  void compare(Process before, Process after) {
    attributes(before, after);
    Map<String, Placed> was = elements(before);
    Map<String, Placed> is = elements(after);
    ElementComparison elements = new ElementComparison(ctx);
    for (Placed now : is.values()) {
      Placed old = was.get(now.element().getId());
      if (old == null) {
        ctx.add(Kind.ADDED, now.element(), added(now));
      } else {
        elements.compare(old, now);
      }
    }
    for (Placed old : was.values()) {
      if (!is.containsKey(old.element().getId())) {
        ctx.add(Kind.REMOVED, old.element(), ElementNames.type(old.element()));
      }
    }
  }

  private void attributes(Process before, Process after) {
    changed("名称 ", before.getName(), after.getName(), after);
    changed("历史保留天数 ", before.getCamundaHistoryTimeToLiveString(), after.getCamundaHistoryTimeToLiveString(),
        after);
    changed("可执行 ", yesNo(before.isExecutable()), yesNo(after.isExecutable()), after);
    changed("版本标签 ", before.getCamundaVersionTag(), after.getCamundaVersionTag(), after);
    changed("可在任务列表发起 ", yesNo(before.isCamundaStartableInTasklist()),
        yesNo(after.isCamundaStartableInTasklist()), after);
    changed("可发起岗位 ", before.getCamundaCandidateStarterGroups(), after.getCamundaCandidateStarterGroups(), after);
    changed("可发起人 ", before.getCamundaCandidateStarterUsers(), after.getCamundaCandidateStarterUsers(), after);
  }

  private void changed(String what, String before, String after, Process process) {
    if (!Objects.equals(trim(before), trim(after))) {
      ctx.add(Kind.PROCESS_CHANGED, process.getId(), Kind.PROCESS_CHANGED.label() + " "
          + ElementNames.named(process.getId(), process.getName()) + "：" + what + ElementNames.value(before)
          + " 改为 " + ElementNames.value(after));
    }
  }

  private static String yesNo(boolean value) {
    return value ? "是" : "否";
  }

  /** What an officer needs to know of a new element: its type, and its flow, post, limit, form or call. */
  static String added(Placed placed) {
    FlowElement element = placed.element();
    StringBuilder text = new StringBuilder(ElementNames.type(element));
    if (placed.scopeId() != null) {
      text.append("，位于 ").append(placed.scope());
    }
    if (element instanceof SequenceFlow flow) {
      text.append("，").append(ElementNames.named(flow.getSource())).append(" → ")
          .append(ElementNames.named(flow.getTarget()));
      String condition = ElementComparison.condition(flow);
      if (condition != null) {
        text.append("，条件 ").append(condition);
      }
    }
    append(text, "被调用流程", element.getAttributeValue("calledElement"));
    append(text, "候选岗位", camunda(element, "candidateGroups"));
    append(text, "候选人", camunda(element, "candidateUsers"));
    append(text, "办理人", camunda(element, "assignee"));
    append(text, "到期时间", camunda(element, "dueDate"));
    append(text, "表单", camunda(element, "formRef"));
    append(text, "表单", camunda(element, "formKey"));
    append(text, "定时", ElementComparison.timer(element));
    if (element instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
      append(text, "附着于", ElementNames.named(boundary.getAttachedTo()));
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String what, String value) {
    if (trim(value) != null) {
      text.append("，").append(what).append(" ").append(value.trim());
    }
  }

  /** Every flow element of the process, sub-processes' contents included, in document order. */
  static Map<String, Placed> elements(Process process) {
    Map<String, Placed> elements = new LinkedHashMap<>();
    collect(process.getFlowElements(), null, "流程顶层", elements);
    return elements;
  }

  private static void collect(Iterable<FlowElement> flowElements, String scopeId, String scope,
      Map<String, Placed> elements) {
    for (FlowElement element : flowElements) {
      elements.putIfAbsent(element.getId(), new Placed(element, scopeId, scope));
      if (element instanceof SubProcess sub) {
        String inner = ElementNames.type(sub) + " " + ElementNames.named(sub);
        collect(sub.getFlowElements(), sub.getId(), inner, elements);
      }
    }
  }
}
