package cn.gov.oneseal.notice;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine job that issues a granted case's electronic licence ({@link ElectronicLicences#issueFor}): created in
 * the grant's own transaction, so that it exists exactly when the grant does, and run by the job executor right after
 * the commit — the deciding officer does not wait for the OFD to be rendered and sealed. A failure is retried (three
 * times) and then shows as an incident of the case's process definition in Cockpit; the licence is issued once
 * (a run finding it issued does nothing). The job belongs to no execution, so the case's moving on or ending never
 * deletes it.
 */
@Component
final class ElectronicLicenceJob implements JobHandler<ElectronicLicenceJob.Target> {

  static final String TYPE = "oneseal-electronic-licence";

  /** The case and the bureau that granted it (its seal), kept as the job's configuration "case|bureau". */
  record Target(String caseNumber, String bureauId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return caseNumber + "|" + bureauId;
    }
  }

  /** Looked up when a job runs: the licences' beans need the engine's, and this handler is made before it. */
  private final ObjectProvider<ElectronicLicences> licences;

  ElectronicLicenceJob(ObjectProvider<ElectronicLicences> licences) {
    this.licences = licences;
  }

  /**
   * Creates the job in the running engine command (the grant's transaction), on the case's process definition and
   * bureau (tenant).
   */
  static void schedule(String caseNumber, String bureauId, String processDefinitionId, String processDefinitionKey,
      String tenantId) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      throw new IllegalStateException("电子证照只能在流程引擎的命令中（准予许可的事务里）安排签发");
    }
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfiguration(new Target(caseNumber, bureauId));
    job.setProcessDefinitionId(processDefinitionId);
    job.setProcessDefinitionKey(processDefinitionKey);
    job.setTenantId(tenantId);
    command.getJobManager().send(job);
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Target target, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    licences.getObject().issueFor(target.caseNumber(), target.bureauId());
  }

  @Override
  public Target newConfiguration(String canonicalString) {
    int bar = canonicalString.indexOf('|');
    return new Target(canonicalString.substring(0, bar), canonicalString.substring(bar + 1));
  }

  @Override
  public void onDelete(Target target, JobEntity job) {
    // nothing kept beside the job
  }
}
