package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 撤回变更: the head refused the change (the reason is kept with it); nothing is deployed, nothing changes. */
@Component("withdrawModelChange")
class WithdrawModelChange implements JavaDelegate {

  private final ModelChanges changes;

  WithdrawModelChange(ModelChanges changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.refused(((Number) execution.getVariable(CaseVariables.CHANGE_NUMBER)).intValue());
  }
}
