package cn.gov.oneseal.feedback;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 调查核实错误审批 ({@code Task_InvestigateWrongApproval} of {@value WrongApprovalFeedback#PROCESS}) claimed or assigned: an officer bound to
 * recuse ({@link WrongApprovalRecusal}) is refused at once, not only when completing the task.
 */
@Component("wrongApprovalInvestigatorRecusalListener")
public class WrongApprovalInvestigatorRecusalListener implements TaskListener {

  private final WrongApprovalRecusal recusal;

  public WrongApprovalInvestigatorRecusalListener(WrongApprovalRecusal recusal) {
    this.recusal = recusal;
  }

  @Override
  public void notify(DelegateTask task) {
    recusal.investigator(task, task.getAssignee(), "assignee");
  }
}
