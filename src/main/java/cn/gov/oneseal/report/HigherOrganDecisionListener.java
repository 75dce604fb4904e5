package cn.gov.oneseal.report;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.Deadlines;
import cn.gov.oneseal.decision.DecisionRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 上报件: the higher organ's decision arrives as the message {@code Msg_HigherOrganDecision},
 * correlated by the case number, with {@code decision} (grant / deny), {@code decisionOpinion} and
 * {@code higherOrganDocument} (its document number). A message without them is refused (HTTP 400).
 */
@Component("higherOrganDecisionListener")
public class HigherOrganDecisionListener implements ExecutionListener {

  private final CaseRecorder recorder;
  private final DecisionRecorder decisions;
  private final ItemCatalogue catalogue;

  public HigherOrganDecisionListener(CaseRecorder recorder, DecisionRecorder decisions, ItemCatalogue catalogue) {
    this.recorder = recorder;
    this.decisions = decisions;
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput in = FormInput.of(execution);
    String decision = in.choice(FormFields.DECISION, "上级机关的决定", DecisionRecorder.CHOICES);
    String opinion = in.text(FormFields.DECISION_OPINION, "决定内容或不予许可的理由", 4000);
    String document = in.text(CaseVariables.HIGHER_ORGAN_DOCUMENT, "上级机关决定文号", 100);
    in.validate();
    String higherOrgan = catalogue.get((String) execution.getVariable(Deadlines.ITEM_CODE)).higherOrgan();
    recorder.opinion(execution, "decision", decision, higherOrgan + "（" + document + "）：" + opinion);
    decisions.record(execution, execution.getTenantId(), execution.getProcessBusinessKey(), decision, opinion,
        higherOrgan);
  }
}
