package cn.gov.oneseal.outbox;

import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine job that makes one attempt to send an outbox message ({@link OutboxDelivery#attempt}), due when the
 * attempt is. Created in the transaction that keeps the message (or records the failed attempt before it), so that
 * it exists exactly when they do; the job executor locks it, so one node sends at a time, and a node stopped in the
 * middle leaves the job to another once its lock expires. The attempt never fails the job: a failure is recorded on
 * the message and the next attempt scheduled as a new job.
 */
@Component
final class OutboxJob implements JobHandler<OutboxJob.Target> {

  static final String TYPE = "oneseal-outbox";

  /** The message, kept as the job's configuration (its id). */
  record Target(long messageId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return Long.toString(messageId);
    }
  }

  /** Looked up when a job runs: the delivery's beans need the engine's, and this handler is made before it. */
  private final ObjectProvider<OutboxDelivery> delivery;

  OutboxJob(ObjectProvider<OutboxDelivery> delivery) {
    this.delivery = delivery;
  }

  /** Creates the job, due at {@code due}, in the running engine command or in a new one joining the transaction. */
  static void schedule(long messageId, Date due, ProcessEngineConfigurationImpl configuration) {
    Command<Void> create = command -> {
      MessageEntity job = new MessageEntity();
      job.setJobHandlerType(TYPE);
      job.setJobHandlerConfiguration(new Target(messageId));
      job.setDuedate(due);
      command.getJobManager().send(job);
      return null;
    };
    CommandContext running = Context.getCommandContext();
    if (running != null) {
      create.execute(running);
    } else {
      configuration.getCommandExecutorTxRequired().execute(create);
    }
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Target target, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    delivery.getObject().attempt(target.messageId());
  }

  @Override
  public Target newConfiguration(String canonicalString) {
    return new Target(Long.parseLong(canonicalString));
  }

  @Override
  public void onDelete(Target target, JobEntity job) {
    // the message stays in the outbox
  }
}
