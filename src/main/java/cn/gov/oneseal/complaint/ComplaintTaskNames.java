package cn.gov.oneseal.complaint;

import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.tasklist.CaseTaskNames;
import cn.gov.oneseal.tasklist.EveryUserTask;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every task of {@value ComplaintProcess#KEY} says the complaint in Tasklist's list: "调查处理投诉 · TS202603020001 ·
 * 拖延办理、超期未办".
 */
@Component
@Order(4)
public class ComplaintTaskNames implements EveryUserTask {

  private final Complaints complaints;

  public ComplaintTaskNames(@Lazy Complaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!task.getProcessDefinitionId().startsWith(ComplaintProcess.KEY + ":")
        || !(task.getVariable(CaseVariables.COMPLAINT_ID) instanceof Number id)) {
      return;
    }
    complaints.find(id.longValue()).ifPresent(c -> task.setName(String.join(CaseTaskNames.SEPARATOR, task.getName(),
        c.number(), c.kind().label())));
  }
}
