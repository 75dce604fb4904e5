package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.modelchange.ModelDifference.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/** Where the differences of one process are collected, and which forms' contents were already compared. */
final class DiffContext {

  private final String processId;
  private final FormLookup forms;
  private final Set<String> formsCompared = new HashSet<>();
  private final List<ModelDifference> out;

  DiffContext(String processId, FormLookup forms, List<ModelDifference> out) {
    this.processId = processId;
    this.forms = forms;
    this.out = out;
  }

  String processId() {
    return processId;
  }

  FormLookup forms() {
    return forms;
  }

  /** True the first time a form is met in this process: its contents are listed once, at its first element. */
  boolean firstTime(String formId) {
    return formsCompared.add(formId);
  }

  /** {@code <label> <id>（<name>）：<detail>}. */
  void add(Kind kind, FlowElement element, String detail) {
    add(kind, element.getId(), kind.label() + " " + ElementNames.named(element) + "：" + detail);
  }

  void add(Kind kind, String elementId, String text) {
    out.add(new ModelDifference(kind, processId, elementId, text));
  }
}
