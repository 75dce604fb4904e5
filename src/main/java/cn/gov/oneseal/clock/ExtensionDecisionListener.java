package cn.gov.oneseal.clock;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 延期审批: the bureau head approves or refuses the case's one extension; on approval the applicant
 * must have been told the reasons in writing (Licensing Law art. 42), and only the statutory
 * deadline moves.
 */
@Component("extensionDecisionListener")
public class ExtensionDecisionListener implements TaskListener {


  private final ClockService clocks;
  private final CaseRecorder recorder;

  public ExtensionDecisionListener(ClockService clocks, CaseRecorder recorder) {
    this.clocks = clocks;
    this.recorder = recorder;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String answer = in.choice(FormFields.EXTENSION_APPROVED);
    String opinion = in.text(FormFields.EXTENSION_OPINION, 2000);
    boolean approved = "approve".equals(answer);
    if (approved) {
      in.confirmed(FormFields.EXTENSION_NOTICE_GIVEN, "批准延期须书面告知申请人延期理由");
    }
    in.validate();
    String head = recorder.opinion(task, "extension", answer, opinion);
    clocks.decideExtension(CaseRecorder.caseNumber(task), approved, opinion,
        Boolean.TRUE.equals(task.getVariable(FormFields.EXTENSION_NOTICE_GIVEN)), head);
    task.setVariable(FormFields.REVIEW_ACTION, null);
  }
}
