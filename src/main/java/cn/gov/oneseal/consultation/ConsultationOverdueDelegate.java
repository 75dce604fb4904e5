package cn.gov.oneseal.consultation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录逾期未回复 ({@code Task_RecordNoReply}): the deadline passed without an answer; it no longer holds the step. */
@Component("consultationOverdueDelegate")
public class ConsultationOverdueDelegate implements JavaDelegate {

  private final Consulting consulting;

  public ConsultationOverdueDelegate(Consulting consulting) {
    this.consulting = consulting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    consulting.overdue(ConsultationTasks.replyId(execution));
  }
}
