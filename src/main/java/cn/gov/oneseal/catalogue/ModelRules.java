package cn.gov.oneseal.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * The catalogue's start-up rules for one model, wherever it comes from (the build's files at start, or an analyst's
 * change on arrival): each executable process is an item of the catalogue or one of the bureau's shared processes
 * (by its key's prefix), and an item's calls of the shared stages keep the stages' contracts ({@link StageCalls}).
 * Problems are said in Chinese, naming the file and the element.
 */
public final class ModelRules {

  private ModelRules() {}

  public static List<String> check(BpmnModelInstance model, String file, ItemCatalogue catalogue) {
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      String key = process.getId();
      if (process.isExecutable() && catalogue.find(key).isEmpty() && !CatalogueLoader.isSharedProcess(key)) {
        problems.add(file + "：流程 " + key + " 不在事项目录中：新事项须先登记在事项目录（processes/catalogue.yaml）中；共享环节的流程键以 "
            + CatalogueLoader.STAGE_PREFIX + " 开头");
      }
    }
    problems.addAll(StageCalls.check(model, file));
    return problems;
  }
}
