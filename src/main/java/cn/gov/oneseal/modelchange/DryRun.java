package cn.gov.oneseal.modelchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * The running cases of a process against a new version of it, under the plan the engine generates (the activities
 * with equal ids mapped; timers and their due dates kept): per older version with running instances, which would
 * migrate and which could not, with the reason in Chinese. Each case is tried by migrating it — so call this only
 * in a trial ({@link ChangeWorker#trial}), whose transaction is rolled back.
 */
@Component
class DryRun {

  private final RepositoryService repositories;
  private final RuntimeService runtime;

  DryRun(RepositoryService repositories, RuntimeService runtime) {
    this.repositories = repositories;
    this.runtime = runtime;
  }

  /** Every older version of the target's process (same bureau) that has running cases, tried. */
  List<VersionRun> of(ProcessDefinition target) {
    var query = repositories.createProcessDefinitionQuery().processDefinitionKey(target.getKey());
    query = target.getTenantId() == null ? query.withoutTenantId() : query.tenantIdIn(target.getTenantId());
    List<VersionRun> runs = new ArrayList<>();
    for (ProcessDefinition source : query.orderByProcessDefinitionVersion().asc().list()) {
      if (source.getVersion() >= target.getVersion()) {
        continue;
      }
      List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
          .orderByProcessInstanceId().asc().list();
      if (!running.isEmpty()) {
        runs.add(versionRun(source, target, running));
      }
    }
    return runs;
  }

  /** The plan the engine generates from the source version to the target: equal activities, timers kept. */
  MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
    return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
  }

  private VersionRun versionRun(ProcessDefinition source, ProcessDefinition target, List<ProcessInstance> running) {
    List<VersionRun.Case> migratable = new ArrayList<>();
    List<VersionRun.Case> left = new ArrayList<>();
    MigrationPlan plan;
    try {
      plan = plan(source, target);
    } catch (MigrationPlanValidationException e) {
      String reason = "无法为第 " + source.getVersion() + " 版生成迁移计划（新旧版本的环节无法对应）";
      running.forEach(instance -> left.add(new VersionRun.Case(instance.getId(), instance.getBusinessKey(), reason)));
      return new VersionRun(source, target, migratable, left);
    }
    BpmnModelInstance model = repositories.getBpmnModelInstance(source.getId());
    for (ProcessInstance instance : running) {
      try {
        runtime.newMigration(plan).processInstanceIds(instance.getId()).skipCustomListeners().skipIoMappings()
            .execute();
        migratable.add(new VersionRun.Case(instance.getId(), instance.getBusinessKey(), null));
      } catch (MigratingProcessInstanceValidationException e) {
        left.add(new VersionRun.Case(instance.getId(), instance.getBusinessKey(), reason(e.getValidationReport(), model)));
      } catch (ProcessEngineException e) {
        left.add(new VersionRun.Case(instance.getId(), instance.getBusinessKey(), "引擎不能迁移该办件"));
      }
    }
    return new VersionRun(source, target, migratable, left);
  }

  /** Why a case cannot migrate, in Chinese: the activities it is at that the new version does not have. */
  static String reason(MigratingProcessInstanceValidationReport report, BpmnModelInstance model) {
    Set<String> unmapped = new LinkedHashSet<>();
    Set<String> other = new LinkedHashSet<>();
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      sort(activity.getSourceScopeId(), activity.getFailures(), model, unmapped, other);
    }
    for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
      sort(transition.getSourceScopeId(), transition.getFailures(), model, unmapped, other);
    }
    List<String> parts = new ArrayList<>();
    if (!unmapped.isEmpty()) {
      parts.add("所在环节 " + String.join("、", unmapped) + " 在新版本中不存在或无法对应");
    }
    if (!other.isEmpty()) {
      parts.add("所在环节 " + String.join("、", other) + " 的状态不能迁移");
    }
    if (parts.isEmpty()) {
      parts.add("引擎校验未通过");
    }
    return String.join("；", parts);
  }

  private static void sort(String activityId, List<String> failures, BpmnModelInstance model, Set<String> unmapped,
      Set<String> other) {
    String named = named(activityId, model);
    if (failures.stream().anyMatch(f -> f.contains("no migration instruction") || f.contains("no instruction"))) {
      unmapped.add(named);
    } else {
      other.add(named);
    }
  }

  static String named(String activityId, BpmnModelInstance model) {
    FlowElement element = model == null ? null : model.getModelElementById(activityId);
    return element == null || element.getName() == null ? activityId
        : activityId + "（" + element.getName() + "）";
  }
}
