package cn.gov.oneseal.supervision;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The 督办 task: named after its card when created (so the supervisor's list says which case is
 * yellow, red or severe red, and for which deadline); on completion the supervisor's handling
 * opinion (督办意见) is recorded and the card closed.
 */
@Component("cardHandledListener")
public class CardHandledListener implements TaskListener {

  private final Cards cards;

  public CardHandledListener(Cards cards) {
    this.cards = cards;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String opinion = in.text(FormFields.HANDLING_OPINION, 2000);
    in.validate();
    Number id = (Number) task.getVariable(CaseVariables.CARD_ID);
    cards.handled(id.longValue(), CaseRecorder.now(), Officer.of(task), opinion);
  }
}
