package cn.gov.oneseal.province;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine job that runs one night's reconciliation ({@link Reconciliation#run}): created with the night's run in
 * one transaction ({@link NightlyReconciliation}), run by the job executor of one node (it locks the job), and, if
 * that node stops in the middle, by another once the lock expires.
 */
@Component
final class ReconciliationJob implements JobHandler<ReconciliationJob.Target> {

  static final String TYPE = "oneseal-province-reconciliation";

  /** The run, kept as the job's configuration (its id). */
  record Target(long runId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return Long.toString(runId);
    }
  }

  private final ObjectProvider<Reconciliation> reconciliation;

  ReconciliationJob(ObjectProvider<Reconciliation> reconciliation) {
    this.reconciliation = reconciliation;
  }

  static void schedule(long runId, CommandContext command) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfiguration(new Target(runId));
    command.getJobManager().send(job);
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Target target, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    reconciliation.getObject().run(target.runId());
  }

  @Override
  public Target newConfiguration(String canonicalString) {
    return new Target(Long.parseLong(canonicalString));
  }

  @Override
  public void onDelete(Target target, JobEntity job) {
    // the run stays
  }
}
