package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.process.CaseVariables;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 试迁移在办件: before the head sees a change, its running cases are tried against it under the generated plans
 * ({@link TrialDeployment#dryRun}, rolled back): how many are on each version, which would migrate and which could
 * not, with their case numbers. Kept with the change and shown in the approval form.
 */
@Component("dryRunModelChange")
class DryRunModelChange implements JavaDelegate {

  static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private final ModelChanges changes;
  private final TrialDeployment trial;

  DryRunModelChange(ModelChanges changes, TrialDeployment trial) {
    this.changes = changes;
    this.trial = trial;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int number = ((Number) execution.getVariable(CaseVariables.CHANGE_NUMBER)).intValue();
    ModelChange change = changes.find(number).orElseThrow();
    List<VersionRun> runs = trial.dryRun(changes.files(number), change.tenantId());
    String text = report(runs, "试迁移（截至 " + AT.format(ClockUtil.getCurrentTime().toInstant()) + "，按新版本与各旧版本生成的迁移计划，逐件试迁移后回滚）：");
    changes.dryRun(number, text);
    execution.setVariable(CaseVariables.CHANGE_DRY_RUN, text);
  }

  /** The runs as the head reads them. */
  static String report(List<VersionRun> runs, String heading) {
    if (runs.isEmpty()) {
      return heading + "\n\n没有在办件：变更只影响新办件。";
    }
    int running = runs.stream().mapToInt(VersionRun::running).sum();
    int migratable = runs.stream().mapToInt(run -> run.migratable().size()).sum();
    StringBuilder text = new StringBuilder(heading).append("\n\n在办 ").append(running).append(" 件，可迁移 ")
        .append(migratable).append(" 件，不能迁移 ").append(running - migratable).append(" 件。\n");
    runs.forEach(run -> text.append("\n").append(run.text()));
    return text.toString();
  }
}
