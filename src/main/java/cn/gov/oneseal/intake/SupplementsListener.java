package cn.gov.oneseal.intake;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Stage_Supplements: the window checks the supplied materials (accepted or still deficient); accepted
 * supplements release a grant held for them, deficient ones fail the pledge (as the deadline passing without them
 * does: {@link PledgeFailedDelegate}).
 */
@Component("supplementsListener")
public class SupplementsListener implements TaskListener {


  private final DeficiencyAcceptance deficiency;
  private final CaseRecorder recorder;

  public SupplementsListener(DeficiencyAcceptance deficiency, CaseRecorder recorder) {
    this.deficiency = deficiency;
    this.recorder = recorder;
  }

  /** The window's check of the supplements. */
  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String answer = in.choice(FormFields.SUPPLEMENTS_CHECKED);
    String opinion = "deficient".equals(answer) ? in.text(FormFields.SUPPLEMENTS_OPINION, "不符合要求之处", 2000)
        : in.optionalText(FormFields.SUPPLEMENTS_OPINION, "审核意见", 2000);
    in.validate();
    String officer = recorder.opinion(task, "supplements", answer, opinion);
    String caseNumber = CaseRecorder.caseNumber(task);
    if ("accepted".equals(answer)) {
      deficiency.supplied(caseNumber, officer);
    } else {
      deficiency.failed(caseNumber, "补正后仍不符合要求（" + opinion + "）");
    }
  }
}
