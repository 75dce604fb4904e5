package cn.gov.oneseal.returning;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The rules of a return, checked when the step is completed with the return choice — however it is completed (the
 * task's form in Tasklist, the Tasklist button, {@code /api/v1/tasks/{taskId}/return}, {@code /engine-rest} or the
 * webapps' engine API): a reason (at most {@value TaskReturns#MAX_REASON} characters), and only by the task's
 * assignee (a candidate must claim it first). Called by the step's own complete listener (review/ReviewOpinionListener,
 * decision/DecisionListener); a refusal is a form validation error (4xx, in Chinese) and writes nothing.
 */
@Component
public class Returning {

  /** The return choice of the review's {@code reviewAction} and the decision's {@code decisionAction}. */
  public static final String RETURN = "return";

  private final TaskReturns returns;

  Returning(TaskReturns returns) {
    this.returns = returns;
  }

  /** Checks and records the return the task's officer makes by completing it. */
  public void returned(DelegateTask task, FormInput in) {
    ReturnKind kind = ReturnKind.from(task.getTaskDefinitionKey()).orElseThrow(() -> FormValidationException.of(
        FormFields.RETURN_REASON, "NOT_RETURNABLE", "只有审查和决定任务可以退回"));
    String reason = in.text(FormFields.RETURN_REASON, "退回理由", TaskReturns.MAX_REASON);
    in.validate();
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor = caller == null ? null : caller.getUserId();
    if (actor != null && !actor.equals(task.getAssignee())) {
      throw FormValidationException.of(FormFields.RETURN_REASON, "NOT_ASSIGNEE", task.getAssignee() == null
          ? "只有任务的办理人才能退回：请先认领该任务" : "只有任务的办理人才能退回：该任务由 " + task.getAssignee() + " 办理");
    }
    String officer = actor != null ? actor : task.getAssignee();
    returns.record(CaseRecorder.caseNumber(task), (String) task.getVariable(CaseVariables.ITEM_CODE), kind,
        task.getId(), officer, reason, task.getTenantId(), CaseRecorder.now());
  }
}
