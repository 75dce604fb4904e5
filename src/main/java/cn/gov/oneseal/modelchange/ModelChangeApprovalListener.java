package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 审批模型变更, checked on the server: approve or refuse; a refusal says why; and the analyst who proposed the change
 * cannot approve it (nor refuse it: the decision is someone else's), whatever groups they hold.
 */
@Component("modelChangeApprovalListener")
class ModelChangeApprovalListener implements TaskListener {

  static final String FORM = "Form_ApproveModelChange";
  static final String APPROVE = "approve";
  static final String REFUSE = "refuse";
  static final Map<String, String> DECISIONS = FormChoices.options(FORM, FormFields.CHANGE_APPROVED);

  private final ModelChanges changes;

  ModelChangeApprovalListener(ModelChanges changes) {
    this.changes = changes;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String decision = in.choice(FormFields.CHANGE_APPROVED, "审批意见", DECISIONS);
    String officer = Officer.of(task);
    if (officer != null && officer.equals(task.getVariable(CaseVariables.CHANGE_PROPOSED_BY))) {
      in.reject(FormFields.CHANGE_APPROVED, "OWN_CHANGE", "提出变更的流程分析员不能审批自己的变更，请由局负责人审批");
    }
    if (REFUSE.equals(decision)) {
      in.text(FormFields.CHANGE_OPINION, "意见说明（不予批准的理由）", 2000);
    } else {
      in.optionalText(FormFields.CHANGE_OPINION, "意见说明", 2000);
    }
    in.validate();
    changes.decision(((Number) task.getVariable(CaseVariables.CHANGE_NUMBER)).intValue(), officer,
        OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC),
        (String) task.getVariable(FormFields.CHANGE_OPINION));
  }
}
