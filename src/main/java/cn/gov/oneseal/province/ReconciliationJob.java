package cn.gov.oneseal.province;

import cn.gov.oneseal.process.RecordJobHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine job that runs one night's reconciliation ({@link Reconciliation#run}): created with the night's run in
 * one transaction ({@link NightlyReconciliation}), run by the job executor of one node (it locks the job), and, if
 * that node stops in the middle, by another once the lock expires.
 */
@Component
final class ReconciliationJob extends RecordJobHandler {

  static final String TYPE = "oneseal-province-reconciliation";

  private final ObjectProvider<Reconciliation> reconciliation;

  ReconciliationJob(ObjectProvider<Reconciliation> reconciliation) {
    super(TYPE);
    this.reconciliation = reconciliation;
  }

  static void schedule(long runId, CommandContext command) {
    send(TYPE, runId, null, command);
  }

  @Override
  protected void run(long runId) {
    reconciliation.getObject().run(runId);
  }
}
