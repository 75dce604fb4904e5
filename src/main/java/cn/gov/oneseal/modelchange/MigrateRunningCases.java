package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.process.CaseVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 迁移在办件: once the approved change is deployed, the running cases of its processes follow it. Each older version's
 * cases are tried again under the plan the engine generates ({@link DryRun}, rolled back: the cases have moved on
 * since the head read the dry-run); those that pass are migrated in one batch per version
 * ({@code executeAsync}: Cockpit shows the batch under Batches, the job executors of every node run it). The plan
 * maps the activities with equal ids and leaves the event triggers alone — a timer keeps its due date and the time
 * already run, a task its due date; the case's statutory and promised deadlines, clock stops and extensions live in
 * the case file and do not move; the process instance stays the same, so its history reads as one case. The others
 * stay on their version and are listed with the change.
 */
@Component("migrateRunningCases")
class MigrateRunningCases implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(MigrateRunningCases.class);

  private final ModelChanges changes;
  private final RepositoryService repositories;
  private final RuntimeService runtime;
  private final ChangeWorker worker;
  private final DryRun dryRun;

  MigrateRunningCases(ModelChanges changes, RepositoryService repositories, RuntimeService runtime,
      ChangeWorker worker, DryRun dryRun) {
    this.changes = changes;
    this.repositories = repositories;
    this.runtime = runtime;
    this.worker = worker;
    this.dryRun = dryRun;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int number = ((Number) execution.getVariable(CaseVariables.CHANGE_NUMBER)).intValue();
    ModelChange change = changes.find(number).orElseThrow();
    List<ProcessDefinition> targets = repositories.createProcessDefinitionQuery()
        .deploymentId(change.deploymentId()).list();
    List<VersionRun> runs = worker.trial(() -> {
      List<VersionRun> tried = new ArrayList<>();
      targets.forEach(target -> tried.addAll(dryRun.of(target)));
      return tried;
    });
    List<String> batches = new ArrayList<>();
    for (VersionRun run : runs) {
      if (!run.migratable().isEmpty()) {
        Batch batch = runtime.newMigration(dryRun.plan(run.source(), run.target()))
            .processInstanceIds(run.migratableIds()).skipCustomListeners().skipIoMappings().executeAsync();
        batches.add(batch.getId());
        LOG.info("model change {}: {} cases of {} migrating to {} (batch {})", number, run.migratable().size(),
            run.source().getId(), run.target().getId(), batch.getId());
      }
    }
    String heading = "迁移（" + DryRunModelChange.AT.format(ClockUtil.getCurrentTime().toInstant()) + "）："
        + (batches.isEmpty() ? "没有需要迁移的在办件。" : "可迁移的在办件由批处理 " + String.join("、", batches)
            + " 迁移到新版本（Cockpit“批处理”中可见）；不能迁移的留在原版本，按原版本办结。");
    changes.migrated(number, DryRunModelChange.report(runs, heading));
  }
}
