package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.modelchange.ModelDifference.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * What an analyst's proposed change does, element by element, as the bureau head reads it before approving: elements
 * added, removed, renamed, retyped; limits, forms, posts, flows and calls changed; process attributes changed.
 * Processes are compared by id, flow elements (sub-processes' contents included) by id. The order is the document
 * order of the proposed model, each process followed by its removed elements, then the removed processes.
 */
public final class ModelDiff {

  private ModelDiff() {
  }

  /**
   * The differences from {@code before} (the model in force; {@code null} when the model is new) to {@code after}.
   * A new process is one line, not one per element. Forms referenced under the same id before and after are
   * compared field by field through {@code forms}.
   */
  public static List<ModelDifference> between(BpmnModelInstance before, BpmnModelInstance after, FormLookup forms) {
    Objects.requireNonNull(after, "after");
    FormLookup lookup = forms == null ? FormLookup.none() : forms;
    Map<String, Process> was = before == null ? Map.of() : processes(before);
    Map<String, Process> is = processes(after);
    List<ModelDifference> out = new ArrayList<>();
    for (Process process : is.values()) {
      Process old = was.get(process.getId());
      if (old == null) {
        out.add(new ModelDifference(Kind.ADDED, process.getId(), process.getId(), "新增流程 "
            + ElementNames.named(process.getId(), process.getName()) + "：" + size(process)));
      } else {
        new ProcessComparison(new DiffContext(process.getId(), lookup, out)).compare(old, process);
      }
    }
    for (Process process : was.values()) {
      if (!is.containsKey(process.getId())) {
        out.add(new ModelDifference(Kind.REMOVED, process.getId(), process.getId(), "删除流程 "
            + ElementNames.named(process.getId(), process.getName())));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The differences of one form from {@code beforeJson} ({@code null}: a new form) to {@code afterJson}
   * ({@code null}: the form is removed), field by field.
   *
   * @throws IllegalArgumentException with a Chinese message when a side is not JSON
   */
  public static List<ModelDifference> forms(String formId, String beforeJson, String afterJson) {
    if (beforeJson == null && afterJson == null) {
      return List.of();
    }
    if (beforeJson == null) {
      return List.of(new ModelDifference(Kind.ADDED, null, formId,
          "新增表单 " + formId + "：" + fieldCount(afterJson) + " 个字段"));
    }
    if (afterJson == null) {
      FormDiff.parse(beforeJson);
      return List.of(new ModelDifference(Kind.REMOVED, null, formId, "删除表单 " + formId));
    }
    List<ModelDifference> out = new ArrayList<>();
    for (String detail : FormDiff.details(beforeJson, afterJson)) {
      out.add(new ModelDifference(Kind.FORM_CHANGED, null, formId,
          Kind.FORM_CHANGED.label() + " " + formId + "：" + detail));
    }
    return List.copyOf(out);
  }

  /**
   * The differences as the numbered lines an officer reads, grouped under their process (表单 for forms compared on
   * their own), or 没有变更.
   */
  public static String text(List<ModelDifference> differences) {
    if (differences == null || differences.isEmpty()) {
      return "没有变更";
    }
    Map<String, List<ModelDifference>> groups = new LinkedHashMap<>();
    for (ModelDifference difference : differences) {
      String group = difference.processId() == null ? "表单" : "流程 " + difference.processId();
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(difference);
    }
    StringBuilder text = new StringBuilder();
    int n = 0;
    for (Map.Entry<String, List<ModelDifference>> group : groups.entrySet()) {
      text.append(group.getKey()).append('\n');
      for (ModelDifference difference : group.getValue()) {
        text.append(++n).append(". ").append(difference.text()).append('\n');
      }
    }
    return text.toString();
  }

  private static Map<String, Process> processes(BpmnModelInstance model) {
    Map<String, Process> processes = new LinkedHashMap<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      processes.putIfAbsent(process.getId(), process);
    }
    return processes;
  }

  /** 12 个流程节点、13 条顺序流. */
  private static String size(Process process) {
    var elements = ProcessComparison.elements(process).values();
    long flows = elements.stream().filter(p -> p.element() instanceof SequenceFlow).count();
    return (elements.size() - flows) + " 个流程节点、" + flows + " 条顺序流";
  }

  private static long fieldCount(String json) {
    return FormDiff.fields(json).values().stream().filter(c -> c.hasNonNull("key")).count();
  }
}
