package cn.gov.oneseal.outbox;

import cn.gov.oneseal.process.RecordJobHandler;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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
final class OutboxJob extends RecordJobHandler {

  static final String TYPE = "oneseal-outbox";

  /** Looked up when a job runs: the delivery's beans need the engine's, and this handler is made before it. */
  private final ObjectProvider<OutboxDelivery> delivery;

  OutboxJob(ObjectProvider<OutboxDelivery> delivery) {
    super(TYPE);
    this.delivery = delivery;
  }

  /** Creates the job, due at {@code due}, in the running engine command or in a new one joining the transaction. */
  static void schedule(long messageId, Date due, ProcessEngineConfigurationImpl configuration) {
    CommandContext running = Context.getCommandContext();
    if (running != null) {
      send(TYPE, messageId, due, running);
    } else {
      configuration.getCommandExecutorTxRequired().execute(command -> {
        send(TYPE, messageId, due, command);
        return null;
      });
    }
  }

  @Override
  protected void run(long messageId) {
    delivery.getObject().attempt(messageId);
  }
}
