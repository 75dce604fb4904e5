package cn.gov.oneseal.modelchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * A change deployed for a moment, in a transaction that is rolled back ({@link ChangeWorker#trial}): what the engine
 * and the bureau's deployment checks (no scripts, history time to live…) say of it, and how the running cases would
 * follow it ({@link DryRun}). Nothing of it stays: no definition, no job, no migrated case.
 */
@Component
class TrialDeployment {

  static final String NAME = "oneseal-change-trial";
  private static final String SOURCE = "模型变更试部署（回滚）";

  private final ChangeResources resources;
  private final ChangeWorker worker;
  private final DryRun dryRun;

  TrialDeployment(ChangeResources resources, ChangeWorker worker, DryRun dryRun) {
    this.resources = resources;
    this.worker = worker;
    this.dryRun = dryRun;
  }

  /** What the engine refuses in these files, in Chinese (none: it would deploy them). */
  List<String> problems(Map<String, byte[]> files, String tenantId) {
    return worker.trial(() -> {
      try {
        resources.builder(NAME, SOURCE, tenantId, files).deployWithResult();
        return List.of();
      } catch (ParseException e) {
        return parseProblems(e);
      } catch (ProcessEngineException e) {
        return List.of("引擎部署检查未通过：" + EngineMessages.readable(e.getMessage()));
      }
    });
  }

  /** The running cases of each process of these files against them, tried under the generated plans. */
  List<VersionRun> dryRun(Map<String, byte[]> files, String tenantId) {
    return worker.trial(() -> {
      DeploymentWithDefinitions deployed = resources.builder(NAME, SOURCE, tenantId, files).deployWithResult();
      List<VersionRun> runs = new ArrayList<>();
      List<ProcessDefinition> definitions = deployed.getDeployedProcessDefinitions();
      if (definitions != null) {
        definitions.forEach(target -> runs.addAll(dryRun.of(target)));
      }
      return runs;
    });
  }

  static List<String> parseProblems(ParseException e) {
    List<String> problems = new ArrayList<>();
    for (ResourceReport report : e.getResorceReports()) {
      for (Problem problem : report.getErrors()) {
        StringBuilder text = new StringBuilder("引擎部署检查：").append(CurrentModels.fileName(report.getResourceName()));
        if (problem.getLine() > 0) {
          text.append(" 第 ").append(problem.getLine()).append(" 行");
        }
        if (problem.getMainElementId() != null) {
          text.append("，元素 ").append(problem.getMainElementId());
        }
        problems.add(text.append("：").append(EngineMessages.readable(problem.getMessage())).toString());
      }
    }
    if (problems.isEmpty()) {
      problems.add("引擎部署检查未通过：" + EngineMessages.readable(e.getMessage()));
    }
    return problems;
  }
}
