package cn.gov.oneseal.consultation;

import cn.gov.oneseal.tasklist.EveryUserTaskDeletion;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A review or decision task that ends without completion (its case cancelled, an interrupting event, a modification)
 * withdraws its consultations still waiting: the replies are recorded 已撤回 and the consultees' tasks end.
 */
@Component
public class ConsultationWithdrawal implements EveryUserTaskDeletion {

  private final Consulting consulting;

  public ConsultationWithdrawal(@Lazy Consulting consulting) {
    this.consulting = consulting;
  }

  @Override
  public void notify(DelegateTask task) {
    if (ConsultationRules.CONSULTABLE.contains(task.getTaskDefinitionKey())) {
      consulting.withdraw(task.getId());
    }
  }
}
