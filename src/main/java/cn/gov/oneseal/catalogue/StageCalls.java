package cn.gov.oneseal.catalogue;

import cn.gov.oneseal.process.StageContracts;
import cn.gov.oneseal.process.StageContracts.StageContract;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;

/**
 * The start-up check of an item's calls of the shared stages (src/docs/analysts-guide.md, "Add an item"): each call
 * activity of an item's model that calls a {@code Stage_*} process calls a stage that exists, passes the case number
 * as business key and maps exactly the stage's contract ({@link StageContracts}: every variable in and out, nothing
 * else) — what its Modeler element template fills in. The build's model lint checks the same and more (the template's
 * every binding); this check holds also where the lint did not run, and says in Chinese what is missing.
 */
final class StageCalls {

  /** The business key every stage receives: the case number, which is the item process's business key. */
  static final String BUSINESS_KEY = "#{execution.processBusinessKey}";

  private StageCalls() {}

  /** The problems of one model's calls of shared stages ({@code where} names the model's file). */
  static List<String> check(BpmnModelInstance model, String where) {
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable() || process.getId().startsWith(CatalogueLoader.STAGE_PREFIX)) {
        continue;
      }
      for (CallActivity call : process.getChildElementsByType(CallActivity.class)) {
        String called = call.getCalledElement() == null ? "" : call.getCalledElement();
        if (!called.startsWith(CatalogueLoader.STAGE_PREFIX)) {
          continue;
        }
        String at = process.getId() + "." + call.getId() + "（" + (call.getName() == null ? "" : call.getName()) + "，"
            + where + "）";
        StageContract contract = StageContracts.of(called).orElse(null);
        if (contract == null) {
          problems.add(at + ": 调用的共享环节 " + called + " 不存在；请从 processes/.camunda/element-templates/ 中的元素模板创建");
          continue;
        }
        check(call, contract, at, problems);
      }
    }
    return problems;
  }

  private static void check(CallActivity call, StageContract contract, String at, List<String> problems) {
    boolean businessKey = false;
    Set<String> in = new LinkedHashSet<>();
    Set<String> out = new LinkedHashSet<>();
    if (call.getExtensionElements() != null) {
      for (CamundaIn mapping : call.getExtensionElements().getChildElementsByType(CamundaIn.class)) {
        if (mapping.getCamundaBusinessKey() != null) {
          businessKey |= BUSINESS_KEY.equals(mapping.getCamundaBusinessKey());
        } else if (mapping.getCamundaVariables() != null) {
          problems.add(at + ": 不能传入全部变量（variables=\"" + mapping.getCamundaVariables() + "\"），只传入环节 "
              + contract.key() + " 约定的变量");
        } else if (!contract.in().contains(mapping.getCamundaTarget())
            || !mapping.getCamundaTarget().equals(mapping.getCamundaSource())) {
          problems.add(at + ": 传入了环节 " + contract.key() + " 约定之外的变量 " + describe(mapping.getCamundaSource(),
              mapping.getCamundaTarget()) + "（约定传入：" + String.join("、", contract.in()) + "）");
        } else {
          in.add(mapping.getCamundaTarget());
        }
      }
      for (CamundaOut mapping : call.getExtensionElements().getChildElementsByType(CamundaOut.class)) {
        if (mapping.getCamundaVariables() != null) {
          problems.add(at + ": 不能传回全部变量（variables=\"" + mapping.getCamundaVariables() + "\"），只传回环节 "
              + contract.key() + " 约定的变量");
        } else if (!contract.out().contains(mapping.getCamundaSource())
            || !mapping.getCamundaSource().equals(mapping.getCamundaTarget())) {
          problems.add(at + ": 传回了环节 " + contract.key() + " 约定之外的变量 " + describe(mapping.getCamundaSource(),
              mapping.getCamundaTarget()) + "（约定传回：" + String.join("、", contract.out()) + "）");
        } else {
          out.add(mapping.getCamundaSource());
        }
      }
    }
    if (!businessKey) {
      problems.add(at + ": 缺少业务键（办件编号）：须传入 businessKey " + BUSINESS_KEY + "（元素模板“业务键：办件编号”）");
    }
    List<String> missingIn = contract.in().stream().filter(v -> !in.contains(v)).toList();
    if (!missingIn.isEmpty()) {
      problems.add(at + ": 缺少传入环节 " + contract.key() + " 的变量 " + String.join("、", missingIn));
    }
    List<String> missingOut = contract.out().stream().filter(v -> !out.contains(v)).toList();
    if (!missingOut.isEmpty()) {
      problems.add(at + ": 缺少环节 " + contract.key() + " 传回的变量 " + String.join("、", missingOut));
    }
  }

  private static String describe(String source, String target) {
    return source == null || source.equals(target) ? String.valueOf(target) : source + " → " + target;
  }
}
