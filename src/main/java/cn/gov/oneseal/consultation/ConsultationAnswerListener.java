package cn.gov.oneseal.consultation;

import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 答复征求意见 ({@code Task_GiveConsultationOpinion}, complete): the answer is required (at most 4000 characters) and is
 * recorded as the consultee's reply, by the officer who completes the task.
 */
@Component("consultationAnswerListener")
public class ConsultationAnswerListener implements TaskListener {

  static final int MAX_ANSWER = 4000;

  private final Consulting consulting;

  public ConsultationAnswerListener(Consulting consulting) {
    this.consulting = consulting;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String answer = in.text(FormFields.CONSULTATION_ANSWER, MAX_ANSWER);
    in.validate();
    Authentication who = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String by = who != null && who.getUserId() != null ? who.getUserId() : task.getAssignee();
    consulting.answered(ConsultationTasks.replyId(task), answer, by);
  }
}
