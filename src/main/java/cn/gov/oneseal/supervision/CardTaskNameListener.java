package cn.gov.oneseal.supervision;

import cn.gov.oneseal.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The 督办 task is named after its card when created, so the supervisor's list says which case is yellow, red or
 * severe red, and for which deadline.
 */
@Component("cardTaskNameListener")
public class CardTaskNameListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setName("督办：" + task.getVariable(CaseVariables.CARD_TITLE));
  }
}
