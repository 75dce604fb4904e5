package cn.gov.oneseal.process;

import java.util.Date;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

/**
 * An engine job about one of the project's records, named by its id (an outbox message, a night's reconciliation):
 * the job executor runs it on one node (it locks the job) and another node takes it over once a stopped node's lock
 * expires. Deleting the job leaves the record. Registered with the engine as every {@link JobHandler} bean is
 * ({@link CustomJobHandlers}).
 */
public abstract class RecordJobHandler implements JobHandler<RecordJobHandler.RecordId> {

  /** The record's id, kept as the job's configuration. */
  public record RecordId(long id) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return Long.toString(id);
    }
  }

  private final String type;

  protected RecordJobHandler(String type) {
    this.type = type;
  }

  /** Creates a job of this type for the record, due at {@code due} (null: now), in the running engine command. */
  public static void send(String type, long id, Date due, CommandContext command) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(type);
    job.setJobHandlerConfiguration(new RecordId(id));
    job.setDuedate(due);
    command.getJobManager().send(job);
  }

  /** The job's work on the record. */
  protected abstract void run(long id);

  @Override
  public String getType() {
    return type;
  }

  @Override
  public void execute(RecordId record, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    run(record.id());
  }

  @Override
  public RecordId newConfiguration(String canonicalString) {
    return new RecordId(Long.parseLong(canonicalString));
  }

  @Override
  public void onDelete(RecordId record, JobEntity job) {
    // the record stays
  }
}
