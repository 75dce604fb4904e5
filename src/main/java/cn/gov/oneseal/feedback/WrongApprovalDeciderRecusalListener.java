package cn.gov.oneseal.feedback;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 作出处理决定 ({@code Task_DecideWrongApproval} of {@value WrongApprovalFeedback#PROCESS}) claimed or assigned: an officer bound to
 * recuse ({@link WrongApprovalRecusal}) is refused at once, not only when completing the task.
 */
@Component("wrongApprovalDeciderRecusalListener")
public class WrongApprovalDeciderRecusalListener implements TaskListener {

  private final WrongApprovalRecusal recusal;

  public WrongApprovalDeciderRecusalListener(WrongApprovalRecusal recusal) {
    this.recusal = recusal;
  }

  @Override
  public void notify(DelegateTask task) {
    recusal.decider(task, task.getAssignee(), "assignee");
  }
}
