package cn.gov.oneseal.supervision;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervisor records how the card was handled (督办意见); the card is closed. */
@Component("cardHandledListener")
public class CardHandledListener implements TaskListener {

  private final Cards cards;

  public CardHandledListener(Cards cards) {
    this.cards = cards;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String opinion = in.text("handlingOpinion", "督办意见", 2000);
    in.validate();
    Number id = (Number) task.getVariable("cardId");
    cards.handled(id.longValue(), CaseRecorder.now(), Officer.of(task), opinion);
  }
}
